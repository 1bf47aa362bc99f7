"""SIP status and rule R4; legal references chosen by date."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.codes import Principal, SipStatus
from sstdesk.domain.errors import TransitionError
from sstdesk.domain.legal import cite
from sstdesk.domain.model import Sip, SipAction
from sstdesk.domain.sip import missing_for_establishing, move

DAY = dt.date(2026, 11, 23)
ACTION = SipAction("Behandlingskontakt", Principal.REGION, "BUP Söder", "Psykolog", "Vecka 2")


def complete(**changes: object) -> Sip:
    base = dict(
        case_id="c",
        needs=("Stöd kring oro",),
        actions=(ACTION,),
        others_measures="Inga",
        lead_principal=Principal.MUNICIPALITY_SOCIAL,
        follow_up_on=DAY + dt.timedelta(days=30),
    )
    base.update(changes)
    return Sip(**base)  # type: ignore[arg-type]


def test_r4_a_complete_sip_with_consent_is_established() -> None:
    done = move(complete(), SipStatus.ESTABLISHED, on=DAY)
    assert done.status is SipStatus.ESTABLISHED and done.established_on == DAY


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"needs": ()}, "behoven"),
        ({"actions": ()}, "vilken huvudman som svarar"),
        (
            {"actions": (SipAction("X", Principal.REGION, "BUP", "", ""),)},
            "insats 1: kontaktperson, när",
        ),
        ({"others_measures": ""}, "åtgärder av andra"),
        ({"lead_principal": None}, "övergripande ansvaret"),
        ({"follow_up_on": None}, "datum för uppföljning"),
    ],
)
def test_r4_each_missing_legal_item_is_named(changes: dict, fragment: str) -> None:
    with pytest.raises(TransitionError, match=fragment):
        move(complete(**changes), SipStatus.ESTABLISHED, on=DAY)


def test_r4_no_sip_without_consent() -> None:
    problem = "Handlingsplan får inte lämnas till BUP: inget samtycke omfattar BUP."
    assert missing_for_establishing(complete(), consent_problem=problem)[-1].startswith(
        "samtycke till SIP"
    )
    with pytest.raises(TransitionError, match="samtycke till SIP"):
        move(complete(), SipStatus.ESTABLISHED, on=DAY, consent_problem=problem)


def test_sip_stages_only_go_forward() -> None:
    established = move(complete(), SipStatus.ESTABLISHED, on=DAY)
    with pytest.raises(TransitionError, match="kan inte gå från"):
        move(established, SipStatus.DRAFT, on=DAY)
    followed = move(established, SipStatus.FOLLOWED_UP, on=DAY)
    assert move(followed, SipStatus.ENDED, on=DAY).status is SipStatus.ENDED


def test_the_law_in_force_on_the_documents_date_is_cited() -> None:
    assert cite("sip", dt.date(2025, 6, 30)) == "2 kap. 7 § socialtjänstlagen (2001:453)"
    assert cite("sip", dt.date(2025, 7, 1)) == "socialtjänstlagen (2025:400)"
    assert cite("secrecy", DAY) == "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)"
    with pytest.raises(KeyError):
        cite("sip", dt.date(2005, 1, 1))
