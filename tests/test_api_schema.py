"""Schemathesis against the app's OpenAPI: generated requests to every read,
work and corrections endpoint get no server error (bounded: a few examples
per operation, generation only). On a store of real snapshots."""

from __future__ import annotations

import pytest
import schemathesis
from api_data import build_store, settings
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from schemathesis.checks import not_a_server_error

from frontline.api import create_app

pytestmark = [pytest.mark.shared, pytest.mark.slow]
EXAMPLES = 8


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schema")
    app = create_app(settings(folder, build_store(folder), work_per_minute=10_000))
    app.state.backend.resolver()  # the gazetteer loads once, before the clock runs
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_covered(schema):
    paths = {op.ok().path for op in schema.get_all_operations()}
    assert {"/api/layers", "/api/measure", "/api/check", "/api/corrections"} <= paths


def test_no_server_errors(schema):
    seen: list[tuple[str, int]] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @hsettings(
            max_examples=EXAMPLES,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def run(case):
            response = case.call()
            seen.append((case.operation.path, response.status_code))
            case.validate_response(response, checks=[not_a_server_error])

        run()
    assert seen and all(code < 500 for _, code in seen)
    assert any(code == 200 for _, code in seen)
