"""Settlement claims: a named settlement taken or lost, and counts of
settlements ("liberated five villages").

The rule is a package of small modules, one per part of the domain:

* ``rule`` — :func:`settlement_claims`, the steps tried on each trigger in turn
* ``targets`` — what a trigger acts on: clause, segments, places, object, span
* ``gainers`` — who gained and whether it is denied (flags, declarations,
  tellers, deniers)
* ``counts`` — :func:`settlement_count_claims` and the named members of a count
  (:func:`date_members` gives them the count's time)
* ``regions`` — region-level claims, denied changes and unnamed settlements
* ``ground`` — ground or positions taken or left: advances and areas
* ``withdrawals`` — pull-backs near a settlement or to new positions
* ``named`` — named settlements: banks, outskirts, dates, partial control
* ``recalled`` — settlements named by an anaphor, a pointer or a pronoun
* ``dated_lists`` — one claim per item of a list whose items carry a time
* ``words`` — patterns several of these steps share
"""

from __future__ import annotations

from .counts import date_members, settlement_count_claims
from .rule import settlement_claims

__all__ = ["date_members", "settlement_claims", "settlement_count_claims"]
