"""Words and marks the quote readers share: the verbs that may attribute, the pronouns
that may speak, and the quotation marks of clean and scraped text.
"""
from __future__ import annotations

import re
from functools import lru_cache


# Verbs that attribute what follows to their subject: speech, cognition, stance. Whether a
# reading of one is an attribution is the cue model's call (see reports._is_cue): being listed is
# one of its features, and a listed verb needs less of its confidence. The three
# lines from 'express' are verbs of communication and evaluation that PolNeAR's train split
# marks as cues in at least 45% of the clauses where we found them with a subject and a
# content; the last three, verbs it marks as cues of that very subject (the source exact)
# in at least 45% of them, five times or more, counted with every verb let through; 'focus'
# ('focused on X', 32 times a cue in train) raised train[:400]'s source exact by 0.001.
SPEECH_VERBS = set("""
say tell state add claim assert insist argue announce declare deny warn explain note report confirm
suggest write describe call refer characterize characterise urge acknowledge admit stress emphasize
emphasise believe think predict estimate promise vow pledge reply respond ask demand accuse allege
maintain contend reveal disclose indicate comment remark observe caution tweet post testify concede
recall mention reiterate conclude agree reject dismiss label dub term hail praise criticize criticise
condemn describe blame forecast expect hope fear argue quip joke boast lament complain recount
show find know learn feel worry doubt recognize recognise realize realise signal
question propose plan rule want support oppose attack cite defend challenge
threaten seek refuse decline intend slam mock dispute
endorse back prefer thank discuss highlight point talk speak continue offer seem appear vote list
express blast denounce tout assure repeat portray echo decry applaud chant recommend voice quote imply
apologize apologise reference deem credit congratulate invoke shout detail outline rebut assail reaffirm
bemoan rebuke liken articulate attribute proclaim chide plead recite vouch clarify speculate interject
address aim answer appoint charge compare consider disavow distance double email embrace experience file
identify ignore issue lay like look name order promote publish read release remember remind request
resist see share sign sound understand unveil view welcome wonder focus
""".split())
_LEMMA_SLIPS = {"hop": "hope"}      # the model lemmatises 'hoping' as 'hop'


# Verbs that report only a clause ('found that ...', 'added that ...', 'continued: ...'):
# with an object they say nothing about anyone's words ('find jobs', 'continues to grow').
CLAUSE_ONLY_VERBS = {"find", "continue", "maintain", "add"}


def is_speech_verb(token) -> bool:
    lemma = token.lemma_.lower()
    return _LEMMA_SLIPS.get(lemma, lemma) in SPEECH_VERBS


PRONOUNS = {"he", "she", "him", "her", "they", "them"}


# 'it says' (a report, a plan, a campaign), 'you' (the reader, anyone) and, outside
# quotation marks, 'I' and 'we' (the writer, the newsroom: 'We called it “an incredible
# feat”') name no one we can tell: the source span stays, the speaker stays unknown.
UNNAMED_PRONOUNS = {"it", "you", "i", "we", "me", "us"}
RELATIVE_PRONOUNS = {"who", "which", "that"}


# Nouns that stand for an organisation named earlier ('the company said'): of a business,
# which the organisation named before need not name itself ('Volkswagen ... the company');
# of a public or other body, which it must ('the Interior Ministry ... the ministry'), since
# the body last named is often another kind (a regulator, a court). Not 'the group': as
# often a crowd or a class of voters as an organisation.
BUSINESS_NOUNS = {"company", "firm", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker",
                  "airline", "bank", "lender", "insurer", "retailer", "manufacturer", "maker", "chain", "operator",
                  "conglomerate", "corporation", "startup", "publisher", "broadcaster", "network", "supplier",
                  "utility"}
INSTITUTION_NOUNS = {"ministry", "agency", "department", "commission", "court", "council", "committee",
                     "party", "union", "university", "board", "office", "authority", "administration",
                     "army", "police", "service", "bureau", "institute", "foundation", "association", "federation",
                     "senate", "congress", "parliament", "government", "institution", "fund", "exchange", "index",
                     "nasdaq", "nyse",     # the markets, named in every company's news, are never 'the company'
                     "museum", "hospital", "school", "college", "church", "library", "club", "airport", "prison"}
# a body of any kind, or a crowd: see speakers._previous_organisation
GROUP_NOUNS = {"group", "organization", "organisation", "coalition", "alliance"}
ORGANISATION_NOUNS = BUSINESS_NOUNS | INSTITUTION_NOUNS | GROUP_NOUNS


# Verbs of saying proper, not of holding or wanting: after a quotation their object is its
# speaker ('“...,” added a Democrat'), and a second one joined to the first's report is a
# report of its own ('said A and said B')
SAYING_VERBS = {"say", "add", "tell", "note", "argue", "insist", "explain", "acknowledge", "warn", "predict",
                "announce", "claim", "declare", "state", "suggest", "contend", "maintain", "assert", "write",
                "recall", "continue", "reply", "respond", "conclude", "observe", "remark", "joke", "quip",
                "recount", "admit", "concede", "counter", "complain", "wonder", "answer"}
# Curly, straight and single quotation marks, and newswire's doubled ones (``...'' and ''...'');
# scraped text mixes curly and straight marks in one quotation, and may open one with '”'.
QUOTE_RE = re.compile(r"(?:“|(?<=\n)”(?=\w))((?:[^”“\"]|(?<=\n)“){1,1500})[”\"]|\"([^\"”\n]{1,1500})[\"”]|‘([^’]{2,300})’(?!\w)"
                       r"|(?:''|``)((?:(?!'')[^\n]){1,1500}?)''")
SCARE_MAX_WORDS = 4


DASHES = {"—", "–", "--"}


RAISING_VERBS = {"seem", "appear"}


# verbs whose passive with no agent holds a belief or a name no one is said to hold
PASSIVE_REPORTS = {"expect", "say", "know", "see", "view", "regard", "consider", "believe", "think", "rumor", "rumour",
                    "ask"}


SHARES = {"most", "many", "few", "several", "half", "all", "both", "some"}


TIME_OF_SPEAKING = {"speak", "talk", "testify", "address", "campaign", "vote", "announce"}


# Verbs that make or issue a text: their agent is its author ('a report released by the
# Brookings Institution'), unlike one who only saw or obtained it ('a memo seen by Reuters')
AUTHORING_VERBS = {"release", "issue", "publish", "write", "file", "send", "post", "sign", "conduct", "commission",
                   "prepare", "produce", "author", "draft"}


@lru_cache(maxsize=4)
def quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in QUOTE_RE.finditer(text))


NOT_A_NAME = {"ADV", "SCONJ", "ADP", "PRON"}


OPENING_MARKS, CLOSING_MARKS = "“\"‘", "”\"’"


DOUBLED_MARKS = ("''", "``")            # newswire's quotation marks, two characters each
