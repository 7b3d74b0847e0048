"""``sides._MENTION_SCAN`` (one pattern per side group, for speed) finds the
same actor words with the same side as the one big ``sides._MENTION``."""

from __future__ import annotations

import pytest

from frontline.text import sides

SENTENCES = [
    "Ukrainian troops said Russian forces and the enemy lost ground; we held.",
    "Our units repelled them near the village while Kyiv's army regrouped.",
    "The AFU and the Russians both claimed it; they could not confirm.",
    "Сили оборони України відбили атаку ворога, наші воїни тримають позиції.",
    "Російські окупанти просунулися, але ЗСУ їх зупинили; ми контролюємо село.",
    "Вони заявили, що противник відступив, а росіяни втратили техніку.",
    "Российские войска освободили село, ВСУ отступили, противник несёт потери.",
    "Наши подразделения заняли рубеж, а украинские боевики бежали.",
    "Мы продвинулись, они отошли; ВС РФ сообщили о взятии посёлка.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_scan_finds_what_the_big_pattern_finds(text: str) -> None:
    want = [(m.span(), m.lastgroup) for m in sides._MENTION.finditer(text)]
    got = [(m.span(), m.lastgroup) for m in sides._MENTION_SCAN.finditer(text)]
    assert got == want
    assert want  # every sentence names at least one actor
