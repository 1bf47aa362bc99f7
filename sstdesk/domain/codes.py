"""Closed vocabularies of the skolsocial work, with their Swedish labels. Layer: domain.

Codes are English and stable (they are stored and synced); `label` is what a
person reads.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry a Swedish label in `_LABELS`."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]


class Stage(Labelled):
    """The stage of a case (domain.md 7.2)."""

    REFERRED = "referred"  # aktualiserad
    CONSENT = "consent"  # samtycke inhämtas
    MAPPING = "mapping"  # inskriven / kartläggning
    PLANNING = "planning"
    INTERVENTION = "intervention"  # genomförande
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"  # utskriven
    BOOSTER = "booster"  # boosterträff genomförd
    FINISHED = "finished"  # avslutad
    NOT_ENROLLED = "not_enrolled"  # avslutad, ej inskriven
    CANCELLED = "cancelled"  # avbrutet


OPEN_STAGES = frozenset(
    {
        Stage.REFERRED,
        Stage.CONSENT,
        Stage.MAPPING,
        Stage.PLANNING,
        Stage.INTERVENTION,
        Stage.FOLLOW_UP,
    }
)
ENDED_STAGES = frozenset({Stage.FINISHED, Stage.NOT_ENROLLED, Stage.CANCELLED})


class Gender(Labelled):
    GIRL = "girl"
    BOY = "boy"
    OTHER = "other"
    UNSTATED = "unstated"


class ReferredBy(Labelled):
    SCHOOL = "school"
    GUARDIAN = "guardian"
    STUDENT = "student"
    SOCIAL_SERVICES = "social_services"
    OTHER = "other"


class PartyKind(Labelled):
    """The organisations around the child that information may go to (huvudman/aktör)."""

    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    BUP = "bup"
    FIRST_LINE = "first_line"
    HABILITATION = "habilitation"
    PRIMARY_CARE = "primary_care"
    LEISURE = "leisure"
    POLICE = "police"
    OTHER = "other"


class DataCategory(Labelled):
    """What a consent lets the team share (domain.md 2.5 item 5)."""

    ATTENDANCE = "attendance"
    SUPPORT_PROGRAMME = "support_programme"
    GRADES = "grades"
    ADAPTATIONS = "adaptations"
    IUP = "iup"
    STUDENT_HEALTH = "student_health"
    SOCIAL_SERVICES_HISTORY = "social_services_history"
    FAMILY_SITUATION = "family_situation"
    MAPPING = "mapping"
    PLAN = "plan"
    OTHER = "other"


class ConsentStatus(Labelled):
    DRAFT = "draft"
    NOT_YET_VALID = "not_yet_valid"
    INCOMPLETE = "incomplete"
    VALID = "valid"
    EXPIRED = "expired"
    PARTLY_WITHDRAWN = "partly_withdrawn"
    WITHDRAWN = "withdrawn"


class ConsentForm(Labelled):
    WRITTEN = "written"
    ORAL = "oral"


class ConsentDirection(Labelled):
    DISCLOSE = "disclose"
    OBTAIN = "obtain"
    BOTH = "both"


class SignatoryRole(Labelled):
    STUDENT = "student"
    GUARDIAN = "guardian"
    TRUSTEE = "trustee"  # god man


class Answer(Labelled):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"


class RequesterRole(Labelled):
    """Who asked for a registerutdrag."""

    STUDENT = "student"
    GUARDIAN = "guardian"
    REPRESENTATIVE = "representative"  # ombud, god man


class GuardianRelation(Labelled):
    GUARDIAN = "guardian"
    PARENT = "parent"  # förälder, ej vårdnadshavare
    SIBLING = "sibling"
    OTHER = "other"


class FactorArea(Labelled):
    SCHOOL = "school"
    INDIVIDUAL = "individual"
    FAMILY = "family"
    OTHER = "other"


class FactorKind(Labelled):
    RISK = "risk"
    PROTECTIVE = "protective"


class MappingDocument(Labelled):
    """The documents gathered during kartläggning (GLOSSARY step 4)."""

    SUPPORT_PROGRAMME = "support_programme"
    PEDAGOGICAL_ASSESSMENT = "pedagogical_assessment"
    ABUSE_REPORTS = "abuse_reports"
    INSPECTORATE_REPORTS = "inspectorate_reports"
    ATTENDANCE_RECORD = "attendance_record"
    GRADES = "grades"
    ADAPTATIONS = "adaptations"
    IUP = "iup"
    COMPLAINTS = "complaints"
    EARLIER_INVESTIGATIONS = "earlier_investigations"
    PARENT_VIEWS = "parent_views"


class PlanStatus(Labelled):
    DRAFT = "draft"
    ESTABLISHED = "established"
    REVISED = "revised"
    ENDED = "ended"


class InterventionKind(Labelled):
    PARENTING_SUPPORT_INDIVIDUAL = "parenting_support_individual"
    PARENTING_SUPPORT_GROUP = "parenting_support_group"
    MOTIVATIONAL_TALKS = "motivational_talks"
    SUPPORTIVE_TALKS = "supportive_talks"
    COORDINATION = "coordination"
    RELATIONSHIP_WORK = "relationship_work"
    ADAPTATION = "adaptation"
    HOME_VISIT = "home_visit"
    MORNING_SUPPORT = "morning_support"
    LEISURE_GUIDANCE = "leisure_guidance"
    OTHER = "other"


class Performer(Labelled):
    TEAM = "team"
    SCHOOL = "school"
    GUARDIAN = "guardian"
    STUDENT = "student"
    OTHER = "other"


class InterventionStatus(Labelled):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    STOPPED = "stopped"


class MeetingKind(Labelled):
    EHK = "ehk"
    SIP = "sip"
    SIP_FOLLOW_UP = "sip_follow_up"
    NETWORK = "network"
    FOLLOW_UP = "follow_up"
    BOOSTER = "booster"


class ContactType(Labelled):
    TALK_STUDENT = "talk_student"
    TALK_GUARDIAN = "talk_guardian"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    SCHOOL_MEETING = "school_meeting"
    EHK = "ehk"
    SIP_MEETING = "sip_meeting"
    COLLABORATION = "collaboration"
    OTHER = "other"


class NoteStatus(Labelled):
    DRAFT = "draft"
    SIGNED = "signed"


class NoteType(Labelled):
    ORDINARY = "ordinary"
    CORRECTION = "correction"
    DISPUTED = "disputed"  # den enskilde anser uppgiften oriktig (SoL 11:6)


class FollowUpDecision(Labelled):
    CONTINUE = "continue"
    REVISE = "revise"
    CLOSE = "close"


class GoalAssessment(Labelled):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"


class SipStatus(Labelled):
    DRAFT = "draft"
    CALLED = "called"  # kallad
    ESTABLISHED = "established"  # upprättad
    FOLLOWED_UP = "followed_up"
    ENDED = "ended"


class Principal(Labelled):
    """Huvudman: who answers for an insats in a SIP (SoL 2:7, HSL 16:4)."""

    MUNICIPALITY_SOCIAL = "municipality_social"
    MUNICIPALITY_SCHOOL = "municipality_school"
    REGION = "region"
    OTHER = "other"


class DocumentKind(Labelled):
    """The documents printed from the vault (domain.md 8, GDPR art. 15)."""

    SIP = "sip"
    EHK = "ehk"
    CONSENT_FORM = "consent_form"
    ACTION_PLAN = "action_plan"
    REGISTER_EXTRACT = "register_extract"

    @property
    def prefix(self) -> str:
        """The start of a document id: tells the kind at a glance, no personal data."""
        return _PREFIXES[self.value]


_PREFIXES = {
    "sip": "SIP",
    "ehk": "EHK",
    "consent_form": "SAM",
    "action_plan": "IHP",
    "register_extract": "REG",
}


class AttendanceSource(Labelled):
    MANUAL = "manual"
    IMPORT = "import"


_LABELS: dict[str, dict[str, str]] = {
    "Stage": {
        "referred": "Aktualiserad",
        "consent": "Samtycke inhämtas",
        "mapping": "Inskriven – kartläggning",
        "planning": "Planering",
        "intervention": "Genomförande",
        "follow_up": "Uppföljning",
        "closed": "Utskriven",
        "booster": "Boosterträff genomförd",
        "finished": "Avslutad",
        "not_enrolled": "Avslutad, ej inskriven",
        "cancelled": "Avbrutet",
    },
    "Gender": {"girl": "Flicka", "boy": "Pojke", "other": "Annat", "unstated": "Ej angivet"},
    "ReferredBy": {
        "school": "Skolan",
        "guardian": "Vårdnadshavare",
        "student": "Eleven själv",
        "social_services": "Socialtjänsten",
        "other": "Annan",
    },
    "PartyKind": {
        "school": "Skolan (elevhälsan)",
        "social_services": "Socialtjänsten",
        "bup": "BUP",
        "first_line": "Första linjen",
        "habilitation": "Habiliteringen",
        "primary_care": "Primärvården",
        "leisure": "Fritidsverksamhet",
        "police": "Polisen",
        "other": "Annan aktör",
    },
    "DataCategory": {
        "attendance": "Närvaro och frånvaro",
        "support_programme": "Åtgärdsprogram och pedagogiska utredningar",
        "grades": "Betyg och omdömen",
        "adaptations": "Anpassningar",
        "iup": "IUP",
        "student_health": "Elevhälsans psykosociala, psykologiska och medicinska uppgifter",
        "social_services_history": "Tidigare utredningar och insatser från socialtjänsten",
        "family_situation": "Uppgifter om familjens situation",
        "mapping": "Kartläggningens resultat",
        "plan": "Handlingsplan och insatser",
        "other": "Annat",
    },
    "ConsentStatus": {
        "draft": "Utkast",
        "not_yet_valid": "Gäller ännu inte",
        "incomplete": "Ofullständigt",
        "valid": "Giltigt",
        "expired": "Utgånget",
        "partly_withdrawn": "Delvis återkallat",
        "withdrawn": "Återkallat",
    },
    "ConsentForm": {"written": "Skriftligt", "oral": "Muntligt"},
    "ConsentDirection": {"disclose": "Lämna ut", "obtain": "Hämta in", "both": "Båda"},
    "SignatoryRole": {"student": "Elev", "guardian": "Vårdnadshavare", "trustee": "God man"},
    "Answer": {"yes": "Ja", "no": "Nej", "partly": "Delvis, med förbehåll"},
    "RequesterRole": {
        "student": "Eleven själv",
        "guardian": "Vårdnadshavare",
        "representative": "Ombud eller god man",
    },
    "GuardianRelation": {
        "guardian": "Vårdnadshavare",
        "parent": "Förälder (ej vårdnadshavare)",
        "sibling": "Syskon",
        "other": "Annan närstående",
    },
    "FactorArea": {
        "school": "Skolrelaterade faktorer",
        "individual": "Individrelaterade faktorer",
        "family": "Familjerelaterade faktorer",
        "other": "Ytterligare faktorer",
    },
    "FactorKind": {"risk": "Risk", "protective": "Skydd"},
    "MappingDocument": {
        "support_programme": "Åtgärdsprogram",
        "pedagogical_assessment": "Pedagogiska utredningar",
        "abuse_reports": "Anmälningar om kränkande behandling",
        "inspectorate_reports": "Anmälningar till Skolinspektionen",
        "attendance_record": "Registrerad närvaro",
        "grades": "Betyg och måluppfyllelse",
        "adaptations": "Dokumenterade anpassningar",
        "iup": "IUP",
        "complaints": "Klagomål",
        "earlier_investigations": "Tidigare socialtjänstutredningar",
        "parent_views": "Föräldrars dokumenterade synpunkter",
    },
    "PlanStatus": {
        "draft": "Utkast",
        "established": "Fastställd",
        "revised": "Reviderad",
        "ended": "Avslutad",
    },
    "InterventionKind": {
        "parenting_support_individual": "Föräldraskapsstöd, individuellt",
        "parenting_support_group": "Föräldraskapsstöd i grupp",
        "motivational_talks": "Motiverande samtal",
        "supportive_talks": "Stödjande samtal",
        "coordination": "Samordning av insatser",
        "relationship_work": "Relationsskapande arbete",
        "adaptation": "Fysiska och sociala anpassningar",
        "home_visit": "Hembesök",
        "morning_support": "Morgonstöd",
        "leisure_guidance": "Fritidsvägledning",
        "other": "Annan insats",
    },
    "Performer": {
        "team": "Skolsocialt team",
        "school": "Skolan",
        "guardian": "Vårdnadshavare",
        "student": "Eleven",
        "other": "Annan aktör",
    },
    "InterventionStatus": {
        "planned": "Planerad",
        "ongoing": "Pågår",
        "done": "Genomförd",
        "stopped": "Avbruten",
    },
    "MeetingKind": {
        "ehk": "Elevhälsokonferens",
        "sip": "SIP-möte",
        "sip_follow_up": "SIP-uppföljning",
        "network": "Nätverksmöte",
        "follow_up": "Uppföljningsmöte",
        "booster": "Boosterträff",
    },
    "ContactType": {
        "talk_student": "Samtal med eleven",
        "talk_guardian": "Samtal med vårdnadshavare",
        "phone": "Telefonsamtal",
        "home_visit": "Hembesök",
        "school_meeting": "Möte på skolan",
        "ehk": "Elevhälsokonferens",
        "sip_meeting": "SIP-möte",
        "collaboration": "Samverkan",
        "other": "Annat",
    },
    "NoteStatus": {"draft": "Utkast", "signed": "Signerad"},
    "NoteType": {
        "ordinary": "Anteckning",
        "correction": "Rättelse",
        "disputed": "Den enskilde anser uppgiften oriktig",
    },
    "FollowUpDecision": {"continue": "Fortsätt", "revise": "Revidera planen", "close": "Avsluta"},
    "GoalAssessment": {"met": "Uppnått", "partly": "Delvis uppnått", "not_met": "Ej uppnått"},
    "AttendanceSource": {"manual": "Manuellt inmatad", "import": "Importerad"},
    "SipStatus": {
        "draft": "Utkast",
        "called": "Kallad",
        "established": "Upprättad",
        "followed_up": "Uppföljd",
        "ended": "Avslutad",
    },
    "DocumentKind": {
        "sip": "SIP-utkast",
        "ehk": "Underlag till elevhälsokonferens",
        "consent_form": "Samtyckesblankett",
        "action_plan": "Individuell handlingsplan",
        "register_extract": "Registerutdrag",
    },
    "Principal": {
        "municipality_social": "Kommunen – socialtjänsten",
        "municipality_school": "Kommunen – skolan",
        "region": "Regionen",
        "other": "Annan",
    },
}
