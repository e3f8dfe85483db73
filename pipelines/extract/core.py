"""Meeting records from the plain text of one article (see MEETINGS.md for the conventions).

Outline:
1. ``prepare.prepare``: letter variants, invisible characters, boilerplate lines and credit prefixes.
2. The article is cut into paragraphs and sentences; each sentence is tokenised and matched
   against the gazetteers (``lexicon.match_spans``), so spelling variants do not matter.
3. ``_mentions`` reads chains such as «آقای «ولادیمیر پوتین» رئیس‌جمهور روسیه», «همتای روس
   خود», «روسای جمهور ایران و روسیه», «وی» into person mentions.
4. Each meeting trigger (دیدار، ملاقات، تماس تلفنی ...) in the narrative part of a sentence
   (never inside a quotation) yields a candidate with its subject(s) and counterpart(s).
   Candidates that share two principals are merged into one meeting.
5. Names, offices and countries are completed from the officials table by tenure on the
   publication date; statements are attached to the meeting of their resolved speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from pipelines.persian import PERSIAN_DIGITS, strip_invisibles, unify_letters

from . import dates as D
from .lexicon import CALL_MODIFIERS, GREGORIAN_MONTHS, HONORIFICS, Entry, PATRONYMIC_KEYS, PLURAL_HONORIFICS, WEEKDAYS, Official, Span, Token, key, lexicon, match_spans, respell, respell_word, skeleton, tokenize, word_frequency
from .prepare import prepare

MAX_CHARS = 250_000  # longer inputs are cut: the time per article must stay bounded
MAX_PERSONS_PER_MEETING = 8
# Listed officials are written as the article spells them («ماکرون» where the table has
# «مکرون»): MEETINGS.md asks for "the fullest form the article gives". False writes the
# table's canonical spelling instead (see docs/EXTRACTION.md).
ARTICLE_SPELLING = True

# ------------------------------------------------------------------ sentences

# (the text is made ready first: see prepare.py)
_SPEECH = re.compile(
    r"(?<![^\W\d_])(?:گفت|اظهار\s?داشت|اظهار\s?کرد|تصریح\s?کرد|تصریح\s?نمود|افزود|تا[ًٔ]?کید\s?کرد|"
    r"تأکید\s?کرد|تاکید\s?نمود|تأکید\s?نمود|خاطرنشان\s?کرد|خاطر\s?نشان\s?کرد|خاطرنشان\s?ساخت|"
    r"بیان\s?کرد|بیان\s?داشت|اعلام\s?کرد|یادآور\s?شد|یادآوری\s?کرد|عنوان\s?کرد|ابراز\s?داشت|"
    r"ادامه\s?داد|اضافه\s?کرد|گفته\s?است|می\s?گوید|توضیح\s?داد|اشاره\s?کرد|تشریح\s?کرد|"
    r"متذکر\s?شد|ابراز\s?امیدواری\s?کرد|اعلام\s?داشت|نوشت|نوشته|خبر\s?داد|"
    # the perfect without «است», as Dari writes it: «... امروز در صفحه ایکس خود نوشته که ...»
    r"گفته|اعلام\s?کرده|خبر\s?داده|گزارش\s?داد|گزارش\s?داده)"
    # «تاکید کردند:», «افزودند:»: the plural of respect for one speaker
    r"(?:ند)?(?:\s?(?:است|بود))?\s*(?::|که\s|[،,]?\s*«)")

# (not «... لبنان و ... داشته است»: an ellipsis after «و» stands for the rest of a list)
_SENT_END = re.compile(r"(?<=[.!؟?])(?<!و \.\.\.)(?<!و …)(?<!\sو\.\.\.)(?<!\sو…)\s+|(?<=[.!؟?])$")  # («A، B و... از»)


@dataclass(eq=False)  # compared by identity: field-wise equality would be slow and meaningless
class Sentence:
    idx: int
    para: int
    text: str
    start: int  # char offset of text in the article
    narrative_end: int  # char offset (within text) where quoted speech starts
    quote: str | None  # quoted/reported speech, if a speech verb introduces it
    tokens: list[Token] = field(default_factory=list)
    spans: dict[int, Span] = field(default_factory=dict)
    title: bool = False
    quote_open: bool = False  # «... گفت:» — the quotation runs on to the end of the paragraph
    in_quote: bool = False  # the whole sentence is inside such a quotation
    mentions: list | None = None  # cache for _person_mentions
    date_start: int = 0  # where the meeting's own words start (a reported meeting inside a quotation)
    speaker: "Sentence | None" = None  # «X گفت: ... با Y دیدار خواهم کرد»: the sentence naming the «I»


# «گفتنی است: ...», «لازم به ذکر است: ...»: the writer's aside, not a speaker
_DISCOURSE_MARKER = re.compile(r"(?:است|می ?شود|شایان ذکر|یادآور می ?شود)\s*$")
_OUTLET_ENDINGS = ("نیوز", "پرس", "آنلاین", "خبر", "نیوز۲۴", "پلاس")
# agencies whose short name is also a place or a word, so no gazetteer lists it alone
_AGENCY_WORDS = frozenset(key(w) for w in ("فارس", "مهر"))
_DESK_WORDS = frozenset(key(w) for w in ("گروه", "سرویس"))


def _no_speaker(text: str) -> bool:
    """«مسکو: لاوروف ... دیدار می‌کند», «میدل ایست نیوز: ...», «گفتنی است: ...»: a dateline (a place
    or an outlet) or the writer's aside before a colon, not a speaker and a quotation; so are an
    agency («فارس: ...»), a newsroom's desk («گروه دیپلماسی: ...») and a day («۱۹ دی: ...»)."""
    words = text.split()
    if words and (words[-1].endswith(_OUTLET_ENDINGS) or re.search(r"[A-Za-z]", text)) or _DISCOURSE_MARKER.search(text):
        return True
    if len(words) == 1 and key(words[0]) in _AGENCY_WORDS or len(words) == 2 and key(words[0]) in _DESK_WORDS \
            or D.is_date_only(text):
        return True
    toks = tokenize(text.strip())
    spans = match_spans(toks, text.strip())
    if bool(toks) and len(spans) == 1 and (sp := spans.get(0)) is not None and sp.j == len(toks) \
            and (e := sp.get("org")) is not None and e.data and e.data[0] == "media":
        return True  # «تسنیم: ...»: a news agency's credit
    return bool(toks) and len(spans) == 1 and (sp := spans.get(0)) is not None and sp.j == len(toks) \
        and sp.has("city", "country") and not sp.has("person", "office", "org")


def _credit_word(head: str, rest: str) -> bool:
    """«صراط: حجت‌الاسلام حسن روحانی ...»: in the body, one word no gazetteer knows before a colon
    and a titled or listed person right after it is the outlet's credit, not a speaker."""
    if len(head.split()) != 1:
        return False
    if match_spans(tokenize(head.strip()), head.strip()):
        return False  # «پزشکیان: ...», «مسکو: ...» (datelines of places: see _no_speaker)
    toks = tokenize(rest.strip()[:120])
    spans = match_spans(toks, rest.strip()[:120])
    sp = spans.get(0)
    if toks and toks[0].text == "«" and (close := _quoted(toks, 0, len(toks))) is not None and close <= 5:
        return _office_at(spans, close + 1)  # («صراط: «مک کالی» وزیر امور خارجه نیوزیلند ...»: a quoted name, his office)
    return sp is not None and sp.has("honorific", "person")


def _sentences(article: str, title: str | None) -> list[Sentence]:
    out: list[Sentence] = []
    paras: list[tuple[str, bool]] = []
    if title:
        paras.append((strip_invisibles(unify_letters(title)).strip(), True))
    paras += [(p, False) for p in article.split("\n")]
    for pi, (para, is_title) in enumerate(paras):
        pos = 0
        # the quoted part after a speech verb runs to the end of the paragraph
        for piece in _split_keep(para):
            if not piece.strip():
                pos += len(piece)
                continue
            sent_text = piece
            m = _SPEECH.search(sent_text)
            narrative_end, quote = len(sent_text), None
            if m:
                narrative_end = m.start()
                rest = sent_text[m.end() - (1 if sent_text[m.end() - 1] == "«" else 0):]
                full_rest = rest + para[pos + len(piece):] if sent_text[m.end() - 1] == ":" else rest
                quote = full_rest.strip()
            elif ":" in sent_text[:80] and len(sent_text.split(":")[0].split()) <= 3 \
                    and not re.search(r"\d\s*:\s*\d", sent_text[:80]) and not _no_speaker(sent_text.split(":")[0]) \
                    and not (not is_title and _credit_word(*sent_text.split(":", 1))):
                # headline quotes: «پزشکیان: ...»
                head = sent_text.split(":")[0]
                narrative_end = len(head)
                quote = sent_text[len(head) + 1:].split("/")[0].strip(" «»\"'")
            out.append(Sentence(len(out), pi, sent_text, pos, narrative_end, quote, title=is_title,
                                quote_open=bool(m and sent_text[m.end() - 1] == ":")))
            pos += len(piece)
    # Sentences inside a quotation that runs on after «گفت:» are not narrative.
    for i, s in enumerate(out):
        if s.quote is not None and s.quote_open:
            for t in out[i + 1:]:
                if t.para != s.para or t.quote_open:
                    break  # («... وی افزود: ...»: the next speech verb and colon end the quotation)
                if _narrator_again(t, [u for u in out[:i + 1] if u.para == s.para]):
                    break
                t.narrative_end = 0
                t.in_quote = True
                t.speaker = s
    for s in out:
        if not s.title and (s.in_quote or s.quote is not None and 0 < s.narrative_end < len(s.text)) \
                and _reported_meeting(s):
            s.speaker = None  # a third's meeting: whoever tells of it is no party to it
        if not s.title and (s.in_quote or s.quote is not None) and s.narrative_end < len(s.text):
            _first_person_meeting(s)
        narrative = s.text[: s.narrative_end]
        s.tokens = tokenize(narrative)
        s.spans = _without_false_offices(s.tokens, match_spans(s.tokens, narrative))
    return out


# a ministry's officers who stand for its minister («معاون وزارت نیرو»; not «سخنگوی وزارت دفاع»)
_MINISTRY_DEPUTIES = {key(w) for w in ("معاون", "قائم‌مقام", "مشاور", "نماینده", "معین")}


def _without_false_offices(toks: list[Token], spans: dict[int, Span]) -> dict[int, Span]:
    """Office words that are no office here: «وضعیت کنونی حاکم در لبنان» («حاکم» before «در»/«بر» is
    «prevailing», not a ruler: «حاکم دبی»); «به سرپرستی امیر منصف» (after «به ریاست/سرپرستی», «امیر»
    then a name is a given name, not an emir: «امیر قطر»); «شاه» between two words of a name."""
    for i, sp in list(spans.items()):
        if (ministry := sp.get("ministry")) is not None:
            sp.entries = [e for e in sp.entries if e.kind != "ministry"]
            if i > 0 and (toks[i - 1].key in _MINISTRY_DEPUTIES
                          or i > 1 and toks[i - 1].key == key("مقام") and toks[i - 2].key == key("قائم")):
                sp.entries.append(Entry("office", ministry.canon, (False,)))  # «معاون وزارت نیرو»: the minister's deputy
            if not sp.entries:
                del spans[i]
            continue
        office = sp.get("office")
        if office is None or not all(e.kind == "office" for e in sp.entries) or sp.j >= len(toks):
            continue
        if office.canon == "پادشاه" and sp.j - sp.i == 1 and toks[i].key == key("شاه") and i > 0 \
                and all(toks[k].word and not spans.get(k) and toks[k].key not in _STOP for k in (i - 1, sp.j)):
            del spans[i]  # «رولیان شاه سومیرات», «احمد شاه مسعود»: «شاه» inside a name, no king
            continue
        if office.canon == "حاکم" and toks[sp.j].key in (key("در"), key("بر")) \
                or office.canon == "امیر" and sp.j - sp.i == 1 and _headed_by_word(toks, i - 1) \
                and toks[sp.j].word and not spans.get(sp.j) and toks[sp.j].key not in _STOP:
            del spans[i]
    return spans


def _narrator_again(t: Sentence, before: list[Sentence]) -> bool:
    """«... عنوان کرد: تبادل هیئت‌ها راهکار است. قاسمی همچنین در ملاقات با ...»: a sentence that opens
    with a name the writer used before the quotation speaks of him in the third person: the writer's
    again, not the speaker's."""
    first = t.text.split()[0].strip("«»،,") if t.text.split() else ""
    if len(first) < 3 or (word_frequency(first) or 0) > 200_000:
        return False
    narrative = " ".join(u.text[:u.narrative_end] for u in before)
    return key(first) in {key(w.strip("«»،,.")) for w in narrative.split()}


_COUNTERPART_WORDS = {key(w) for w in ("همتای", "همتایان", "همتا")}
_THIRD_PERSON_PAST = {key(w) for w in ("کرد", "کردند", "داشت", "داشتند", "نمود", "نمودند", "کرده", "داشته",
                                        "داد", "دادند", "داده")}  # («گفت‌وگوی تلفنی انجام داد»)
_SAID = {key(w) for w in ("گفت", "گفتند", "افزود", "افزودند")}  # («... در دیدار با Y ... گفت: ...»)
# «منابع آگاه اعلام کردند که وی قرار است ... دیدار داشته باشد»: a third-person meeting to come
# («... دیدار با استاندار مرکزی ... را در برنامه دارد»: has on his programme)
_THIRD_PERSON_TO_COME = {key(w) for w in ("کند", "کنند", "باشد", "باشند", "خواهد", "خواهند", "می‌کند", "می‌کنند",
                                          "دارد", "دارند")}


def _quotation_triggers(part: str) -> tuple[list[Token], dict[int, Span], list[Span]]:
    """Tokens, spans and meeting triggers of a quotation (a trigger after «این» is anaphoric)."""
    toks = tokenize(part)
    spans = match_spans(toks, part)
    triggers = [sp for sp in spans.values()
                if sp.has("trigger") and not (sp.i > 0 and toks[sp.i - 1].key in _ANAPHOR)]
    return toks, spans, triggers


def _quotation_mentions(part: str, toks: list[Token], spans: dict[int, Span]) -> list[Mention]:
    """The people a quotation names, read as the writer's narrative would be."""
    return _mentions(Sentence(0, 0, part, 0, len(part), None, tokens=toks, spans=spans))


def _plural_office(sp: Span) -> bool:
    e = sp.get("office")
    return bool(e and e.data and e.data[0])


def _two_named_after(toks: list[Token], spans: dict[int, Span], j: int) -> bool:
    """«... گفت که دیدار «پوتین»، رئیس‌جمهور روسیه، و «ترامپ»، همتای آمریکایی‌اش، در آلاسکا ...»: two
    listed people right after the meeting word, joined by «و», met (whatever the speaker says of it)."""
    first = spans.get(j + (j < len(toks) and toks[j].text == "«"))
    if first is None or not first.has("person"):
        return False
    k = first.j
    while k < len(toks) and k - first.j < 12 and toks[k].key != key("و"):  # (past his office: «، رئیس‌جمهور روسیه،»)
        if toks[k].key == _BA or (sp := spans.get(k)) is not None and sp.has("person", "trigger"):
            return False
        k += 1
    second = spans.get(k + 1 + (k + 1 < len(toks) and toks[k + 1].text == "«"))
    return second is not None and second.has("person")


def _one_with_another_after(toks: list[Token], spans: dict[int, Span], j: int) -> bool:
    """«... برنامه‌هایی از جمله دیدار دکتر عین‌اللهی با وزیر بهداشت کوبا»: right after the meeting word
    (past an honorific) one person or office, then «با» and another: who met whom, said in so many words."""
    k = j
    while k < len(toks) and k - j < 2 and (sp := spans.get(k)) is not None and sp.has("honorific"):
        k = sp.j
    first = spans.get(k)
    if first is None or not first.has("person", "office"):
        return False
    # (not «نشست شهردار و رئیس شورای شهر با شهرداران ...»: two together, with a crowd)
    at = next((x for x in range(first.j, min(len(toks), first.j + 8)) if toks[x].key in (_BA, key("و"))
               or not toks[x].word or toks[x].key in _VERB_WORDS
               or (sp := spans.get(x)) is not None and sp.has("trigger", "person")), None)
    other = spans.get(at + 1) if at is not None and toks[at].key == _BA else None
    return other is not None and (other.has("person") or other.has("office") and not _plural_office(other))


def _read_as_narrative(s: Sentence, start: int) -> None:
    """The quotation of ``s`` reports a meeting: read all of it, dates from ``start`` on."""
    s.narrative_end, s.quote, s.quote_open, s.date_start = len(s.text), None, False, start


def _reported_meeting(s: Sentence) -> bool:
    """«سخنگو ... گفت: X جمعه گذشته در ژنو با Y دیدار کرد»: a quotation that reports a meeting in
    the third person, past tense, is read as narrative (its speaker is no principal); so is a
    sentence further on in a quotation that runs on («... گفت: ... آقای آبه به تهران آمدند و با
    رهبر انقلاب دیدار کردند»)."""
    if s.in_quote:
        opened = 0
    else:
        m = _SPEECH.search(s.text)
        if m is None:
            return False
        if _own_meeting_reported(*_quotation_triggers(s.text[s.narrative_end:])):
            return False  # («ترامپ اعلام کرد که در تماس تلفنی با شی، رئیس‌جمهور چین گفت‌وگو کرده است»: his own, not a third's)
        opened = m.end()
    toks, spans, triggers = _quotation_triggers(s.text[opened:])
    if s.in_quote:
        # («ایشان با لاوروف ... مذاکره خواهد کرد», «با رئیس‌جمهور ... دیدار داشت»: whom «ایشان» or the
        # unsaid subject stands for, the speaker or a third, only the quotation's context tells)
        first_with = next((k for k, t in enumerate(toks) if t.key == _BA), len(toks))
        if not any(x.has("person", "office") and x.i < first_with for x in spans.values()):
            return False
    start = opened - (opened > 0 and s.text[opened - 1] == "«")  # «اعلام کرد «پوتین» ...»: a quoted name opens it
    for sp in triggers:
        if sp.get("trigger").data[0] == "receive":
            continue
        # («... در تماسی تلفنی بحران سوریه را بررسی کردند»: the verb after what they discussed)
        end = next((k for k in range(sp.j, len(toks)) if toks[k].text in ".؛"), len(toks))
        verb_at = next((k for k in range(sp.j, min(end, sp.j + 30)) if toks[k].word and (
            toks[k].key in _THIRD_PERSON_PAST | _SAID or toks[k].key in _THIRD_PERSON_TO_COME
            or toks[k].key in _FIRST_PERSON)), None)
        if verb_at is not None and toks[verb_at].key in _FIRST_PERSON:
            verb_at = None  # («... جداگانه با آنها دیدار کردم، سفیر سوئیس ... تأکید کرد»: the speaker's own, first)
        verb = toks[verb_at] if verb_at is not None else None
        # («... گفت: رئیس‌جمهور ... دیدارهای جداگانه‌ای با روسای جمهوری روسیه و آذربایجان خواهد داشت»: those
        # met may follow the meeting word)
        met_after = next((k for k in range(sp.j, min(end, sp.j + 4)) if toks[k].key == _BA), None)
        people = sum(2 if _plural_office(x) else 1 for x in spans.values() if x.has("person", "office") and x.i < sp.i) \
            + sum(1 for t in toks[:sp.i] if t.key in _COUNTERPART_WORDS)  # «با همتای ترکیه‌ای خود», «وزرای خارجه»
        # («... گفت که در دیدار آتی X با Y ... بررسی خواهد شد»: the meeting's own subject, after its noun)
        met = people + sum(2 if _plural_office(x) else 1 for x in spans.values() if x.has("person", "office")
                           and met_after is not None and verb_at is not None and sp.j <= x.i < verb_at and x.i != met_after)
        if verb is not None and met < 2:
            # («... اعلام کرد که عراقچی با ضمیر کابلوف دیدار کرده است»: a name no table lists is a person too)
            mentions = _quotation_mentions(s.text[opened:], toks, spans)
            met = max(met, sum(1 for x in mentions if x.end <= sp.i or met_after is not None
                               and verb_at is not None and met_after < x.start < verb_at))
        # «پسکوف گفت: دیدار پوتین با رئیسی ... به فرصت دیگری موکول شد»: the meeting, put off, is the subject
        put_off = not any(t.word for t in toks[:sp.i]) and bool(_CANCELLED.search(" ".join(t.text for t in toks[sp.j:end])))
        if put_off:
            people = sum(1 for x in spans.values() if x.has("person", "office") and sp.j <= x.i < end) \
                + sum(1 for t in toks[sp.j:end] if t.key in _COUNTERPART_WORDS)
        # «کرملین اعلام کرد که X در تماس تلفنی با Y ... خواستار ... شد»: the call is the circumstance
        # («... اعلام کرد که X برای گفت‌وگو با همتای خود Y به ترکیه سفر خواهد کرد»: a purpose)
        # («... با هدف دیدار با «وانگ یی» ... عازم این کشور می‌شود», «به منظور گفت‌وگو با ...»)
        # («... نشست‌هایی را خواهد داشت، از جمله دیدار با رئیس‌جمهور روسیه»: one of them)
        during = sp.i > 0 and toks[sp.i - 1].key in (key("در"), key("برای"), key("هدف"), key("منظور"), key("جمله")) \
            and sp.j < len(toks) \
            and toks[sp.j].key == key("با") and people >= 1 and sp.j + 1 < len(toks) and (any(
                x.has("person", "office") and x.i == sp.j + 1 + (toks[sp.j + 1].text == "«") for x in spans.values())
                or sp.j + 1 < len(toks) and toks[sp.j + 1].key in _COUNTERPART_WORDS)
        if verb is not None and met >= 2 or put_off and people >= 2 or during or _two_named_after(toks, spans, sp.j) \
                or _one_with_another_after(toks, spans, sp.j):
            _read_as_narrative(s, start)
            return True
    words = [t for t in toks if t.word]
    if len(words) > 2 and words[-1].key in _HAD and any(t.key == key("با") for t in words) \
            and words[-2].key not in _FIRST_PERSON \
            and sum(1 for x in spans.values() if x.has("person", "office")) >= 2:
        # (not «... دیدار خواهیم داشت»: the speaker's own)
        _read_as_narrative(s, start)  # «... گفت: X در این سفر با A و B داشت»: a meeting noun lost
        return True
    return False


# first-person perfect verbs (also ending a name: «با دکتر حجتی داشته‌ایم»)
_PRESENT_PERFECT = {key(w) for w in ("داشته‌ایم", "کرده‌ایم", "داشته‌ام", "کرده‌ام")}
_FIRST_PERSON_SINGULAR = {key(w) for w in ("کردم", "داشتم", "نمودم", "خواهم", "می‌کنم", "بودم", "دادم")}
# «... با Y دیدار خواهم کرد», «دیدارهایی ... خواهم داشت», «گفت‌وگوی خوبی با پوتین داشتیم»
_FIRST_PERSON = {key(w) for w in ("کردم", "کردیم", "داشتم", "داشتیم", "خواهم", "خواهیم", "می‌کنم", "می‌کنیم",
                                  "نمودم", "نمودیم", "بودم", "بودیم", "دادم", "دادیم")} \
    | _PRESENT_PERFECT  # («... انجام دادم», «ملاقات خوبی ... داشته‌ایم»)
_PERFECT_ENDINGS = {key("ایم"), key("ام")}  # «داشته ایم» written apart
_FIRST_PERSON_SUBJUNCTIVE = {key(w) for w in ("کنم", "کنیم", "نمایم", "نماییم", "باشم", "باشیم", "بپردازیم")}


def _first_person_meeting(s: Sentence) -> None:
    """A speaker telling of his own meeting: the quotation is read as narrative with the speaker
    (the subject of the sentence that opened the quotation) as its subject."""
    start = s.narrative_end
    toks, spans, triggers = _quotation_triggers(s.text[start:])
    # «... گفت: در دیدار با A و B، موضوعات ... بررسی شد»: a quotation opening on a meeting is the speaker's
    # (or on «که»: «... می‌گوید که در دیدار با وزیر خارجه طالبان ... به توافق رسیده است»)
    colon = next((k for k, t in enumerate(toks[:4]) if t.text == ":" or t.key in _THAT), None)
    opens_on_meeting = colon is not None and colon + 3 < len(toks) and toks[colon + 1].key == key("در") and any(
        sp.i == colon + 2 and sp.j < len(toks) and toks[sp.j].key == _BA for sp in triggers)
    # «همیشه با ترکیه روابط خوبی داشتیم و در دیدار با وزیر خارجه ... رایزنی صورت خواهد گرفت»: a
    # meeting with no one before it, in words that speak in the first person
    unsaid_own = any(toks[k].key in _FIRST_PERSON for k in range(len(toks))) and any(
        sp.i > 0 and toks[sp.i - 1].key == key("در") and sp.j < len(toks) and toks[sp.j].key == _BA
        and not any(x.has("person", "office", "pronoun") and x.i < sp.i for x in spans.values()) for sp in triggers)
    # («در زمانی که من جلسه عدم‌تعهد را اداره می‌کردم»: a session he chaired, with no one, is no meeting of his)
    met = [sp for sp in triggers if not (sp.get("trigger").data[0] == "session" and not (
        sp.j < len(toks) and toks[sp.j].key == _BA))]
    # («قرار است روز جمعه با X و Y رایزنی کنیم»: his own, arranged, told in the first-person subjunctive)
    arranged_own = any(any(t.key in (key("قرار"), key("مقرر")) for t in toks[:sp.i]) and any(
        toks[k].key in _FIRST_PERSON_SUBJUNCTIVE for k in range(sp.j, min(len(toks), sp.j + 40))) for sp in met)
    if opens_on_meeting or unsaid_own or arranged_own or _own_meeting_reported(toks, spans, triggers) \
            or any(toks[k].key in _FIRST_PERSON or toks[k].key in _PERFECT_ENDINGS and toks[k - 1].key in _HAD_ONE
                   for sp in met for k in range(sp.j, min(len(toks), sp.j + 40))):
        if s.speaker is None and s.quote is not None:
            s.speaker = Sentence(s.idx, s.para, s.text[:start], s.start, start, None)
        _read_as_narrative(s, start)


_HAD_ONE = {key(w) for w in ("داشته", "کرده", "نموده")}


def _own_meeting_reported(toks: list[Token], spans: dict[int, Span], triggers: list[Span]) -> bool:
    """«وی اعلام کرد که گفت‌وگوهایی عالی با A، B و C داشته است»: a speaker's own meetings told in
    the third person after «که», no one else before the meeting word, one man's perfect verb last."""
    words = [t for t in toks if t.word]
    that = next((k for k, t in enumerate(toks[:5]) if t.key in _THAT), None)  # («اعلام کرد که ...»)
    if that is None or len(words) < 4:
        return False
    # the clause opens on whom he met, or on where («که در حاشیه نشست ... با X دیدار داشته است»)
    ba = next((k for k in range(that + 1, len(toks)) if toks[k].key == _BA), None)
    opens_on_whom = ba is not None and (ba == that + 1 or toks[that + 1].key == key("در") and not any(
        t.key in _VERB_WORDS for t in toks[that + 1:ba]) and not any(
        x.has("person", "office", "pronoun") and that < x.i < ba for x in spans.values()))
    if opens_on_whom and any(
            sp.j + 1 < len(toks) and toks[sp.j].key in _HAD_ONE and toks[sp.j + 1].key == key("و") for sp in triggers):
        return True  # («... اعلام کرد که با لاوروف تماس تلفنی داشته و طی آن ...»: his, then what was said)
    if opens_on_whom and (
            words[-1].key in _ONE_MAN_VERB
            or words[-1].key == key("است") and words[-2].key in _HAD_ONE):
        # «... نوشت که با سفیر جدید روسیه دیدار کرده است», «گفت که با X دیدار خواهد کرد»: the clause
        # after «که» opens on whom he met, with no subject of its own
        last = max(k for k, t in enumerate(toks) if t.word)
        return any(that + 2 < sp.i and sp.j <= last <= sp.j + 3 for sp in triggers)  # the verb right after it
    if not (words[-1].key == key("است") and words[-2].key in _HAD_ONE):
        return False
    return any(sp.i > that and (k := _past_quoted(toks, sp.j)) + 2 < len(toks) and _BA in (toks[k].key, toks[k + 1].key)
               and not any(x.has("person", "office", "pronoun") and that < x.i < sp.i for x in spans.values())
               for sp in triggers)


_ONE_MAN_VERB = {key(w) for w in ("کرد", "داشت", "نمود", "گرفت")}  # (after «خواهد» too: «دیدار خواهد کرد», «تماس خواهد گرفت»)


def _past_quoted(toks: list[Token], k: int) -> int:
    """Past a «...» phrase opening at ``k`` («تماس تلفنی «بسیار خوب» با ...»), else ``k``."""
    close = _quoted(toks, k, len(toks)) if k < len(toks) and toks[k].text == "«" else None
    return k if close is None else close + 1


MAX_SENTENCE = 1500  # characters; longer runs without a full stop are cut (bounded work per sentence)


def _split_keep(para: str) -> list[str]:
    pieces, last = [], 0
    for m in _SENT_END.finditer(para):
        pieces.append(para[last:m.end()])
        last = m.end()
    if last < len(para):
        pieces.append(para[last:])
    out = []
    for p in pieces:
        while len(p) > MAX_SENTENCE:
            cut = p.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            out.append(p[:cut])
            p = p[cut:]
        out.append(p)
    return out



# ------------------------------------------------------------------ mentions

_PREPS = {key(w) for w in ("با", "از", "به", "برای", "درباره", "پیرامون", "نزد", "علیه", "توسط", "بر")}
_COORD = {key(w) for w in ("و", "،", ",")}
_STOP = {key(w) for w in (
    "و", "در", "با", "به", "از", "که", "را", "این", "آن", "برای", "تا", "بر", "نیز", "هم", "همچنین",
    "آیا", "چرا", "چگونه", "چه",  # question words («چرا قالیباف با پوتین ...»)
    "ها", "های", "هایی",  # a plural ending written apart («برنامه های امیر قطر»)
    "ضمن", "روز", "شب", "صبح", "عصر", "ظهر", "بعدازظهر", "شامگاه", "بامداد", "امروز", "دیروز",
    "خود", "خویش", "یک", "دو", "سه", "ما", "من", "شما", "آنها", "است", "بود", "شد", "کرد", "کردند",
    "گفت", "داشت", "سفر", "ادامه", "حاشیه", "محل", "طی", "پس", "پیش", "قبل", "بعد", "اشاره",
    "تاکید", "تأکید", "ابراز", "بیان", "جدید", "سابق", "پیشین", "کشور", "کشورهای", "دولت", "مردم",
    "جمهوری", "اسلامی", "سازمان", "همکاری", "روابط", "دیدار", "ملاقات", "نشست", "اجلاس", "هیئت",
    "هیات", "ویژه", "دائم", "عالی", "عامل", "کل", "اول", "دوم", "ارشد", "منطقه", "مورد", "میان", "بین",
    "حضور", "مشارکت", "مراسم", "رئیس", "مقام", "مقامات", "جمله", "ازجمله", "سوی", "جانب", "طرف", "چنین", "همه", "هر", "چه", "اگر", "اما",
    "ولی", "لذا", "سپس", "آنگاه", "درباره", "پیرامون", "تلفنی", "امور", "خارجه", "وزیر", "سفیر",
    "جمهور", "سخنگوی", "نماینده", "معاون", "دبیر", "گزارش", "خبرگزاری", "ایلنا", "ایرنا",
    "نقش", "همراهی", "دیدگاه", "دیدگاه‌های", "مواضع", "اظهارات", "سخنان", "نامه", "پیام", "درخواست",
    "دعوت", "استقبال", "میزبانی", "حمایت", "انتقاد", "اقدام", "تصمیم", "سوی", "هیئت", "همراه", "ریاست",
    "اعضای", "عضو", "جمعی", "شماری", "تعدادی", "برخی", "گروهی", "ملاقات", "مشاور", "دستیار", "نظر",
    # a clause's opening, a reciprocal, a future auxiliary: never part of a name
    # («اگرچه پیشتر رئیس کمیته ...», «با یکدیگر خواهند داشت»)
    "اگرچه", "گرچه", "هرچند", "چنانچه", "یکدیگر", "همدیگر", "خواهد", "خواهند",
    "بار", "دیگر", "باردیگر", "یکبار",  # («ترامپ بار دیگر نخست‌وزیر اسرائیل را ... دعوت کرد»: once again)
    # a source opening the sentence («بربنیاد خبرنامه طالبان، وزیر داخله ...», «براساس اعلامیه ...»)
    "بربنیاد", "براساس", "بنابر", "خبرنامه", "اعلامیه",
)}
_FAMILY = {key("آل")}  # «آل ثانی», «آل محمود»: the family a Gulf name ends with
_NAME_PARTICLES = {key(w) for w in ("بن", "بنت", "آل", "ال", "دا", "دو", "فون", "وان", "دی", "ابو", "عبد", "الله")}  # («سید علی فضل الله»)


@dataclass
class Mention:
    start: int
    end: int
    name: str | None = None
    name_weak: bool = False
    name_from_table: bool = False
    role: str | None = None
    plural: bool = False
    countries: list[str] = field(default_factory=list)
    counterpart: bool = False
    pronoun: bool = False
    honorific: bool = False
    media: bool = False
    prep: str | None = None  # preposition right before the mention
    end_of_role: int = -1  # the token after the office phrase
    surface: str | None = None  # a listed name as this article writes it («نیکولاس مادورو»)
    plural_honorific: bool = False  # «حضرات آیات A، B و C»: the names after A are listed too
    name_end: int = -1  # the token after a listed name
    one_each: bool = False  # one of «تعدادی از سفیران ... از جمله A، B و C»: met one by one
    lone_word: str | None = None  # «زاکانی شهردار تهران»: one word before the office, maybe a surname
    offices: list[str] = field(default_factory=list)  # «وزیران کار و دارایی عراق»: one holder of each office
    places: list[tuple[str, str]] = field(default_factory=list)  # «استانداران قم و گیلان»: (place, state) each
    role_text: str | None = None  # the office as written («وزیر کشاورزی»), for a foreign holder
    delegation: bool = False  # «هیات پارلمانی انگلیس»: a state's delegation, met in the head named elsewhere
    former: bool = False  # «رئیس‌جمهور اسبق مصر»: not the office's holder on the day
    joint: bool = False  # «سران قوا»: the holders of its offices meet together, not one by one

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


def _quoted(tokens: list[Token], i: int, end: int) -> int | None:
    """Index of the closing » for an opening « at i (within 8 tokens)."""
    for j in range(i + 1, min(end, i + 10)):
        if tokens[j].text in "»\"":
            return j
        if not tokens[j].word and tokens[j].text not in "-.'" and not (
                tokens[j].text in "،," and j + 1 < end and tokens[j + 1].text in "»\""):  # («ماریا زاخارووا،»)
            return None
    return None


def _rare(tok: Token) -> bool:
    return not _ordinary(tok.text, 150_000)


def _name_like(tokens: list[Token], spans: dict[int, Span], a: int, b: int) -> bool:
    """Tokens a..b-1 look like an unknown personal name (not function words, not gazetteer items).

    Without «» or «آقای», only words that are rare in hazm's corpus count: precision first.
    """
    if not 1 <= b - a <= 4:
        return False
    rare = False
    for t in tokens[a:b]:
        if not t.word or t.key in _STOP or t.text.isdigit():
            return False
        if t.key in _NAME_PARTICLES:
            continue
        if _ordinary(t.text):
            return False
        rare = True
    for i in range(a, b):
        sp = spans.get(i)
        if sp and not sp.has("person"):
            return False
    return rare


def _ordinary(word: str, limit: int = 40_000) -> bool:
    """A Persian dictionary word rather than a foreign name.

    hazm's word list gives a frequency for about 27k of its 190k words (names such as «ماریا»
    included) and 0 for the rest, which are dictionary words; plurals are not listed.
    """
    f = word_frequency(word)
    if f is None:
        for suf in ("های", "ها", "ان", "ات", "ی", "یان", "گان"):
            if word.endswith(suf) and len(word) - len(suf) >= 2:
                g = word_frequency(word[: -len(suf)])
                if g is not None and (g == 0 or g >= limit):
                    return True
        if word.endswith("ای") and (g := word_frequency(word[:-2].rstrip("\u200c"))) is not None and g >= limit:
            return True  # «برنامه‌ای»: a common word made indefinite (not «خامنه‌ای»)
        return False
    return f == 0 or f >= limit


def _bare_name_reach(toks: list[Token], i: int, j: int) -> int:
    """How many words an unknown name from token i may have: three, five with a patronymic or a
    family in it («سعود بن ناصر آل ثانی»)."""
    return 3 + 2 * any(t.key in _PATRONYMIC | _FAMILY for t in toks[i:j])


def _name_before_office(words: list[Token]) -> bool:
    """«با هانس شولتز وزیر خارجه اتریش»: between «با»/«،»/the sentence start and an office
    phrase, two or three words that are not function words are a name; only the surname must
    not be a very common word (given names such as محمد are)."""
    if any(t.key in _STOP or t.key in _SOURCE_WORDS or t.key in _VERB_WORDS | _PARTICIPLES or t.text.isdigit()
           or len(t.text) < 2 for t in words):
        # («طبق اعلام یوشاکوف، رئیس‌جمهور روسیه»: a source, then the office; «... قرار گرفت، وزیر ...»;
        # «مقرر شده در این سفر با ...»: what was arranged)
        return False
    if len(words) >= 3 and any(t.key in _PATRONYMIC | _FAMILY for t in words[1:-1]):
        return True  # «فهد بن محمود آل سعید», «محمد کاظم آل صادق»: a patronymic or family makes any words a name
    if len(words) >= 3 and any(t.text.startswith("ال") and len(t.text) >= 4 for t in words[1:-1]):
        return True  # «محی الدین احمد سالم»: an Arabic compound given name («... الدین») too
    if lexicon().given_name(words[0].text) and not _inflected_word(words[-1].text):
        return True  # «ابراهیم عزیزی رئیس کمیسیون ...»: a given name a listed official bears, then any surname
    if lexicon().given_name(words[-1].text) and all((word_frequency(t.text) or 0) < 1_000_000 for t in words[:-1]):
        return True  # «فیاض حسین دبیرکل ...», «اعجاز احمد ...»: a given name closes many South Asian names
    if word_frequency(words[0].text) is None and len(words[0].text) >= 3 and not _inflected_word(words[0].text) \
            and not words[-1].text.endswith(_ORDINAL_ENDINGS):  # (not «... نخستین وزیر»)
        return True  # «پانگ سن سفیر چین»: a first word no dictionary has opens a name, whatever follows
    if any(word_frequency(a.text + b.text) == 0 for a, b in zip(words, words[1:])):
        return False  # («اتهام زنی دبیرکل ...»: two words hazm lists as one dictionary word, «اتهام‌زنی»)
    if _inflected_word(words[0].text):
        return False  # («... هیأتهای عالیرتبه، رئیس مجلس»: a common word made plural opens no name)
    surname = words[-1]
    if surname.key in _SURNAME_TAILS:
        surname = words[-2]  # «خطیب زاده», «عبدالله پور», «ابوترابی فرد» written apart
    return (word_frequency(surname.text) or 0) < 1_000_000


# a summit or assembly that leaders attend: lists of counterparts there are bilaterals
_SUMMIT_KEYS = tuple(key(w) for w in ("در حاشیه", "مجمع عمومی", "اجلاس", "نشست سران", "کنفرانس بین"))
_ARRIVAL = re.compile(r"بدو\s?ورود|فرودگاه|هنگام\s?ورود")
# words that follow a name and are never part of it («آیت‌الله سیستانی اعلام کرد», «... یکی از»)
_AFTER_NAME = {key(w) for w in (
    "اعلام", "یکی", "همتای", "همتا", "مرجع", "مراجع", "گفت", "افزود", "تاکید", "تأکید", "اظهار", "ابراز",
    "خواستار", "نیز", "همچنین", "روز", "صبح", "عصر", "امروز", "دیروز", "ضمن", "طی", "پس", "پیش", "هنگام",
    "رهبر", "دبیرکل", "رئیس", "وزیر", "سفیر", "نماینده", "عضو", "اعضای", "هیئت", "هیات",
    "مدیر", "مدیرکل", "مدیرعامل", "تولیت", "فرمانده", "استاندار", "فرماندار", "شهردار",
    "بخشی", "تعدادی", "شماری", "برخی", "جمعی", "اخیرا", "اخیراً", "قبلا", "قبلاً", "بعدا", "بعداً", "سپس", "هنوز",
    "تاکنون", "اکنون", "هم‌اکنون", "همچنان", "شخصا", "شخصاً",  # («خلیلزاد تاکنون با ... دیدار کرده است»)
    "بلافاصله", "لافاصله",  # («پوتین لافاصله پس از ورود ...»: its first letter lost)
    "انجام", "برگزار",  # («... را با گروسی انجام دادیم»)
    "رسما", "رسماً", "مجددا", "مجدداً", "فورا", "فوراً", "بلافاصله", "مستقیما", "مستقیماً", "حضورا", "حضوراً",
    "فرزند", "پسر", "دختر", "همسر")}  # («اردوغان رسما با ...», «محمد بن سلمان فرزند پادشاه عربستان»)
_PATRONYMIC = PATRONYMIC_KEYS
# verbs a dictionary word before makes one verb of («منتشر کرد», «متوقف شد»)
_LIGHT_VERBS = {key(w) for w in ("کرد", "کردند", "کرده", "کند", "کنند", "نمود", "نمودند", "نماید", "شد", "شدند",
                                 "شده", "شود", "گردید", "کردم", "کردیم")}
# verbs that may follow a name («با پوتین داشتیم»)
_VERB_WORDS = {key(w) for w in ("گرفت", "گرفتند", "پرداخت", "پرداختند", "یافت", "نمود", "نمودند",
                                "کرد", "کردند", "کردم", "کردیم", "داشت", "داشتند", "داشتم", "داشتیم", "کرده", "داشته",
                                "خواهد", "خواهم", "خواهیم", "است", "بود", "شد", "گفت", "دارد", "دارند",
                                "رفت", "رفتند", "آمد", "آمدند", "رسید", "رسیدند", "بودم", "بودیم", "بودند",
                                "شدم", "شدیم", "شدند", "هستم", "هستیم", "هستند", "نوشت", "نوشتند",
                                "باشد", "باشند", "شود", "شوند", "گردد", "گردند", "کند", "کنند", "نماید",
                                "نمایند", "داشته‌اند", "کرده‌اند")} \
    | _PRESENT_PERFECT  # («میزبان پوتین باشد», «... خواهرخواندگی آغاز شود»)
_GOVERNMENT_STYLES = {key(w) for w in ("نجات", "وفاق", "وحدت", "ملی", "موقت", "انتقالی", "سرپرست", "خودگردان")}
_PARTICIPLES = {key(w) for w in ("شده", "بوده", "گردیده")}
_ORDINAL_ENDINGS = ("مین", "نخستین", "اولین", "آخرین")  # «دومین برنامه ...»
_TRAVELLER_BEFORE = {key(w) for w in ("سفر", "برنامه‌های", "برنامه", "برنامه‌ها")}
_PLACE_WORDS = {key(w) for w in ("کلانشهر", "کلان‌شهر", "شهر", "شهرستان", "استان")}
_LOCAL_OFFICES = {"استاندار", "فرماندار", "شهردار", "امام جمعه", "سرکنسول", "کنسول", "رئیس شورای شهر",
                  "والی"}  # (والی: Afghan, Arab)
# («معاون شهردار بغداد»: a deputy's office has its chief's seat)
_LOCAL_OFFICES |= {f"{deputy} {office}" for deputy in ("معاون", "معاون اول", "قائم‌مقام", "مشاور")
                   for office in ("استاندار", "فرماندار", "شهردار", "والی")}
_REPUBLIC_KINDS = {key(w) for w in ("خلق", "مردم", "عربی", "فدرال", "دموکراتیک", "سوسیالیستی")}
_BARE_PROVINCES = {key(w) for w in ("فارس", "کردستان", "مرکزی")}  # (as a province only after a local office)
_FORMER = {key(w) for w in ("سابق", "اسبق", "پیشین")}
_HOSTS = {key(w) for w in ("میزبان", "پذیرای")}  # («X میزبان Y بود»: Y's name follows)
_OTHER_LEADERS = {key(w) for w in ("دینی", "مذهبی", "سیاسی", "روحانی", "معنوی", "ارامنه", "مسیحیان", "کاتولیک", "کاتولیک‌های",
                                   "ارتدکس", "جریان", "ائتلاف", "فهرست", "اکثریت", "اقلیت", "اپوزیسیون",
                                   "مخالفان", "شورشیان", "قبیله", "طایفه", "فرقه", "اهل", "یهودیان", "بوداییان")}
_OFFICE_MODIFIERS = {key(w) for w in ("جدید", "تازه", "فعلی", "وقت", "منتخب")} | _FORMER
_AGENT_ROLES = ("نماینده", "فرستاده", "مشاور", "دستیار")  # offices that name whom they serve
# an envoy's offices, often held together (and a deputy foreign minister's special envoy's)
_DOUBLE_HATS = {"سفیر", "کاردار", "نماینده ویژه", "فرستاده ویژه", "نماینده", "نماینده دائم", "معاون وزیر امور خارجه",
                "قائم‌مقام وزیر امور خارجه"}
_ENVOY_ROLES = (*_AGENT_ROLES, "سخنگوی", "معاون")
# the last part of a surname, often written apart from it
_SURNAME_TAILS = {key(w) for w in ("زاده", "پور", "نیا", "فر", "فرد", "راد", "زادگان", "وند", "لو", "کیا")}
# after an honorific a given name may open the surname too («دکتر محمود نیلی احمد آبادی»)
_HONORED_NAME_TAILS = _SURNAME_TAILS | {key("آبادی")}


_MEDIA_HEADS = {key(w) for w in ("تلویزیون", "شبکه", "روزنامه", "رادیو", "خبرگزاری", "پایگاه", "سایت", "نشریه",
                                   "مجله", "هفته‌نامه", "رسانه", "خبرنگار", "خبرنگاران")}  # («در گفت‌وگو با خبرنگار میراث‌آریا»)


_NO_GIVEN_NAME = _STOP | _VERB_WORDS


def _bare_name_like(words: list[Token]) -> bool:
    """«ماریا فرناندز»: a word no dictionary knows (the surname) after given names (not
    «تلویزیون العربیه», a channel)."""
    # (two letters only in an East Asian name's syllable no dictionary uses: «لی آنگ», «هو چون»)
    if any(len(t.text) < 2 or len(t.text) == 2 and (word_frequency(t.text) or 0) >= 1000
           or t.key in _NO_GIVEN_NAME or t.text.isdigit() for t in words) \
            or all(len(t.text) < 3 for t in words) or words[0].key in _MEDIA_HEADS:
        return False  # (nor «داشتم بطوریکه» after «گفتگوی سازنده‌ای»: a verb is no given name)
    if _ordinary(words[-1].text):
        return False
    if len(words) == 2 and words[-1].text.startswith("ال") and len(words[-1].text) >= 5:
        return True  # «سعد الکعبی»: an Arabic surname with its article after any given name
    if len(words) == 2 and len(words[-1].text) >= 6 and word_frequency(words[-1].text) is None:
        return True  # «زیاد علیفاضل»: a surname no dictionary has makes a given name of any word
    return not any(_ordinary(t.text, 300_000) for t in words[:-1])


def _in_with_list(out: list[Mention], toks: list[Token], k: int) -> bool:
    """Token k («و», «،») goes on a list of people that «با» opened: «با میشل عون، نبیه بری و ...»."""
    prev = k
    for m in reversed(out):
        if m.end != prev or not m.name:
            return False
        if m.prep == _BA:
            return True
        if m.start == 0 or toks[m.start - 1].key not in _COORD:
            return False
        prev = m.start - 1
    return False


def _name_chain_to_trigger(toks: list[Token], spans: dict[int, Span], i: int, trigger_start: set[int]) -> int | None:
    """Where the unknown name at i ends, when it and the unknown names after it, joined by «و»/«،»,
    run right up to a meeting word; else None. Each name is two or three words no table knows, a
    given name first or a surname no dictionary has."""
    n, k, first_end = len(toks), i, None
    while k < n:
        j = k
        while j < n and j - k < 3 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP \
                and not (j > k and toks[j].key in _AFTER_NAME):
            j += 1
        words = toks[k:j]
        if len(words) < 2 or _inflected_word(words[-1].text) or not (
                lexicon().given_name(words[0].text) and _name_before_office(words)
                or _bare_name_like(words) and not _ordinary(words[0].text)):  # (not «ورزش قراقستان»)
            return None
        first_end = first_end or j
        if j in trigger_start:
            return first_end
        if j + 1 < n and toks[j].key in _COORD:
            k = j + 1
            continue
        return None
    return None


def _paired_subject(s: Sentence, i: int, j: int) -> bool:
    """Words i..j-1 open the sentence as a name joined by «و» to a named officer, and the two met: «حسین
    روزبه و آلا مانیلووا معاون وزیر فرهنگ روسیه ... دیدار و گفتگو کردند»."""
    toks, spans, n = s.tokens, s.spans, len(s.tokens)
    if not (j - i >= 2 and j + 1 < n and toks[j].key == key("و")
            and any(sp.has("trigger") and sp.get("trigger").data[0] in ("meeting", "call") for sp in spans.values())
            and (_bare_name_like(toks[i:j]) or lexicon().given_name(toks[i].text) and _name_before_office(toks[i:j]))
            and _PLURAL_PAST.search(s.text[:s.narrative_end].rstrip())):
        return False
    office = next((x for x in range(j + 1, min(n, j + 6)) if spans.get(x)), None)
    officer = _parse_chain(toks, spans, office, n)[0] if office is not None else None
    return officer is not None and bool(officer.name and officer.role) and officer.start == j + 1


# words that may follow a sentence's subject before its adverbials («X در حاشیه ...»، «X که ...»، «X روز ...»)
_AFTER_SUBJECT = {key(w) for w in ("با", "در", "که", "ضمن", "طی", "پس", "پیش", "بعد", "روز", "امروز", "دیروز", "امشب",
                                   "هم", "نیز", "همچنین", "عصر", "صبح", "ظهر", "شامگاه", "بامداد", "بعدازظهر")}


def _then_met_with(toks: list[Token], spans: dict[int, Span], i: int, j: int) -> bool:
    """Words i..j-1 open the sentence with a known given name, and its clause goes on, past times, places
    and a «که» clause but no other person or office, to «با ...» and a meeting: «حسینعلی امیری در حاشیه
    مراسم روز ملی قطر، با سفیر قطر دیدار کرد», «اسماعیل بقایی که به شیراز سفر کرده بود، ... با X دیدار کرد»."""
    n = len(toks)
    if i != 0 or toks[j].key not in _AFTER_SUBJECT and toks[j].text not in "،," or not lexicon().given_name(toks[i].text):
        return False
    ba = next((k for k in range(j, min(n, j + 30)) if toks[k].key == _BA or _met_whom_next(toks, spans, k)), None)
    if ba is None or any((sp := spans.get(k)) is not None and sp.has("person", "office", "pronoun", "trigger")
                         for k in range(j, ba)):
        return False
    return any(sp.has("trigger") and sp.get("trigger").data[0] in ("meeting", "call") and ba <= sp.i <= ba + 16
               for sp in spans.values())


def _met_whom_next(toks: list[Token], spans: dict[int, Span], k: int) -> bool:
    """At ``k``, «در دیدار (خداحافظی) سرکنسول ترکیه»: a meeting word after «در», then whom it was
    with, an office or a name, with no «با»."""
    sp = spans.get(k)
    if not (sp is not None and sp.has("trigger") and k > 0 and toks[k - 1].key == key("در")):
        return False
    after = sp.j
    while after < len(toks) and _filler(toks, after):
        after += 1
    return (nxt := spans.get(after)) is not None and nxt.has("office", "person")


def _place_name(toks: list[Token], sp: Span) -> str:
    """A place as written, a province by its name («سیستانوبلوچستان» once its ZWNJ is stripped)."""
    return sp.get("province").canon if sp.has("province") else " ".join(t.text for t in toks[sp.i:sp.j])


def _on_trip_then_with(toks: list[Token], spans: dict[int, Span], at: int) -> bool:
    """At ``at``: «در (این) سفر ... (قرار است) با», a few plain words between: «علی اصغر خاجی در این سفر
    دو روزه قرار است با ... دیدار کند» (the name before it is the trip's, and the meeting's, subject)."""
    n = len(toks)
    if not (at + 2 < n and toks[at].key == key("در") and key("سفر") in (toks[at + 1].key, toks[at + 2].key)):
        return False
    ba = next((k for k in range(at + 2, min(n, at + 9)) if toks[k].key == _BA), None)
    return ba is not None and not any(spans.get(k) or toks[k].key in _VERB_WORDS for k in range(at + 3, ba)
                                      if toks[k].key not in (key("قرار"), key("است")))


def _mentions(s: Sentence) -> list[Mention]:
    toks, spans = s.tokens, s.spans
    n = len(toks)
    out: list[Mention] = []
    i = 0
    trigger_end = {sp.j for sp in spans.values() if sp.has("trigger")}
    trigger_start = {sp.i for sp in spans.values() if sp.has("trigger")}
    while i < n:
        m, nxt = _parse_chain(toks, spans, i, n)
        if m is None and i > 0 and (toks[i - 1].key == key("با") or i > 1 and toks[i - 1].key == key("حضور")
                                    and toks[i - 2].key == _BA  # («... که با حضور وونگ دین هوئه رئیس ...»)
                                    # («با همتایان خود کریم جبار، وزیر ...»: the counterparts' names follow)
                                    or out and out[-1].counterpart and out[-1].end == i and not out[-1].name
                                    and toks[out[-1].start].key == key("همتایان")
                                    or toks[i - 1].key in _BETWEEN and _meeting_between(toks, trigger_end, i - 1)  # («دیداری میان X ...»)
                                    # («با سرگئی تسیلیوف، وزیر انرژی روسیه و هونگ سون، معاون ...»: the next one listed)
                                    or toks[i - 1].key == key("و") and _in_with_list(out, toks, i - 1)):
            # «در دیدار با ماریا فرناندز», «عراقچی با بسام الصباغ دیدار کرد»: a bare unknown name
            # right after «دیدار با», or between «با» and the trigger
            j = i
            while j < n and j - i < _bare_name_reach(toks, i, j) and toks[j].word and not spans.get(j) \
                    and toks[j].key not in _STOP and not (j > i and toks[j].key in _AFTER_NAME):
                j += 1
            reach = _bare_name_reach(toks, i, j)
            # («با حنان بلخی، مدیر منطقه مدیترانه شرقی ...»: a name, a comma, then a title no table has)
            titled = j + 1 < n and toks[j].text in "،," and toks[j + 1].key in _TITLE_WORDS and trigger_end \
                and 2 <= j - i <= reach and _name_before_office(toks[i:j])
            # where his office goes on: right after the name, or after a separator before a known office or
            # the counterpart's word («با علی النقی حسینوف؛ سرکنسول ...», «با ژوئل سامپایو، همتای برزیلی خود»)
            at = j + (j + 1 < n and toks[j].text in "؛،,"
                      and (_office_at(spans, j + 1) or toks[j + 1].key == key("همتای")
                           or _deputy_of_body(toks, spans, j + 1) is not None))
            # («با علی صبری همتای سریلانکایی خود»: a name, then the counterpart's word)
            titled = titled or at < n and (at > j or toks[at].key == key("همتای")) and trigger_end \
                and 2 <= j - i <= reach and _name_before_office(toks[i:j])
            # («در تماس تلفنی ظریف با هانس کلوگمان، ...»: the trigger, its subject, «با» and the name)
            # («... که با حضور وونگ دین هوئه رئیس مجلس ملی ویتنام برگزار شد»: the one present, then his office)
            titled = titled or toks[i - 1].key == key("حضور") and _office_at(spans, j) and trigger_end \
                and 2 <= j - i <= reach and _name_before_office(toks[i:j])
            # («این دیدار بین محمود خسروی وفا رئیس کمیته ملی المپیک ایران و ...»: the first of the two met)
            titled = titled or toks[i - 1].key in _BETWEEN and _meeting_between(toks, trigger_end, i - 1) \
                and _office_at(spans, j) and 2 <= j - i <= reach and _name_before_office(toks[i:j])
            verb_at = j + 1 if j + 1 < n and toks[j].text in "،," else j  # («با مهدی تاج، دیدار و گفتگو کرد»)
            if not (_after_trigger(toks, trigger_end, i - 1) or i in trigger_end or titled
                    or verb_at < n and spans.get(verb_at) and spans[verb_at].has("trigger")
                    or out and out[-1].end == i - 1 and _after_trigger(toks, trigger_end, out[-1].start)) \
                    or toks[i - 1].key == key("و") and not titled:
                j = i  # (after «و» only a name with its title: not «وزیر فرهنگ و ورزش قراقستان»)
            # («با مهدی تاج دیدار کرد»: a given name and any surname, then the meeting word)
            met_by_name = toks[i - 1].key == _BA and lexicon().given_name(toks[i].text) and verb_at < n \
                and spans.get(verb_at) is not None and spans[verb_at].has("trigger") \
                and not _inflected_word(toks[j - 1].text)
            if j - i >= 2 and (_bare_name_like(toks[i:j]) or titled or met_by_name) \
                    and not (j < n and spans.get(j) and spans[j].has("person")):
                m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
                # («با محمدعلی نبی‌پور معاون سیاسی استاندار خراسان رضوی»: a deputy of an office)
                deputy_of = next((k for k in range(at + 1, min(n, at + 4)) if _office_at(spans, k)), at) \
                    if at < n and toks[at].key in _SUBORDINATE and not _office_at(spans, at) else at
                office, after = _parse_chain(toks, spans, deputy_of, n)
                if office is not None and office.role and not office.plural and (
                        office.start == at and not office.name or office.start == i):
                    # «... با امانوئل ماکرون رئیس‌جمهور فرانسه»
                    m.role, m.countries, m.plural, m.end, nxt = office.role, office.countries, False, after, after
                elif office is not None and office.counterpart and office.start == at and not office.plural:
                    m.counterpart, m.countries, m.end, nxt = True, office.countries, after, after
                elif (state := _deputy_of_body(toks, spans, at)) is not None:
                    # «با هونگ سون، معاون سازمان ملی انرژی چین»
                    m.role = m.role_text = respell(" ".join(x.text for x in toks[at:state]))
                    m.countries, m.end = [spans[state].get("country").canon], spans[state].j
                    nxt = m.end_of_role = m.end
        if m is None and i > 0 and (toks[i - 1].key == _BA or toks[i - 1].key in _COORD and _in_with_list(out, toks, i - 1)) \
                and (j := _name_chain_to_trigger(toks, spans, i, trigger_start)) is not None:
            # «با میشل عون، نبیه بری و زیاد نخاله دیدار کرد», «با مهدی تاج و کارلوس کی روش دیداری داشته باشد»:
            # unknown names listed after «با» up to the meeting word
            m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
        if m is None and i > 0 and _after_trigger(toks, trigger_end, i):
            # «در دیدار هانس کلوگمان با ظریف»: an unknown name right after the trigger, then «با»
            j = i
            while j < n and j - i < 3 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP \
                    and not _filler(toks, j):  # («دیدار سه ساعته خوبی با پوتین»)
                j += 1
            if j - i >= 2 and j + 1 < n and toks[j].key == _BA and _bare_name_like(toks[i:j]):
                m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
            elif 2 <= j - i <= 3 and j + 1 < n and (sep := toks[j].text in "،,؛") + j + 1 < n and (
                    _office_at(spans, j + sep) and _bare_name_like(toks[i:j])
                    # («در دیدار گلدا الخوری، مدیر دفتر منطقه‌ای یونسکو»: a title no table has)
                    or toks[j + sep].key in _TITLE_WORDS and _name_before_office(toks[i:j])
                    and not any(t.key in _TITLE_WORDS | _MINISTRY_DEPUTIES for t in toks[i:j])):
                # «در دیدار اکتاوینو علیمودین سفیر اندونزی»: the guest's name, then his office
                office, after = _parse_chain(toks, spans, j + sep, n)
                if office is not None and office.role and not office.name and not office.plural:
                    m = Mention(i, j, name=" ".join(t.text for t in toks[i:j]))
                    m.role, m.countries, m.end, nxt = office.role, office.countries, after, after
                elif office is None or office.start != j + sep:
                    m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
        if m is None and (i == 0 or toks[i - 1].text in "،,:؛"):
            # «پیتر مائورر با رئیس مجلس دیدار کرد»: a bare unknown name as the subject of «با»
            j = i
            while j < n and j - i < 3 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP:
                j += 1
            # («غلامحسین مظفری در دیدار با وزیر امور خارجه گفت», «... امروز در پایان نشست با ...»)
            at = j
            # («حسین منگوشی نیز در این دیدار ...»: «also» before the meeting too)
            while at < n and (toks[at].key in _WHEN_WORDS | _DAYTIME | _ALSO
                              or spans.get(at) and spans[at].has("relday", "weekday")
                              or toks[at].key == key("از") and at > j and toks[at - 1].key in (key("پیش"), key("بعد"))
                              or toks[at].key == key("بعد") and at + 1 < n and toks[at + 1].key == key("از")
                              or toks[at].text == "(" and at > j):
                if toks[at].text == "(":  # («صبح امروز (۱۲ بهمن ماه) در دیدار با ...»: the day in brackets)
                    close = next((k for k in range(at + 1, min(n, at + 8)) if toks[k].text == ")"), None)
                    if close is None:
                        break
                    at = close + 1
                    continue
                at = spans[at].j if spans.get(at) else at + 1  # («... پیش از ظهر یکشنبه در دیدار با ...»)
            if at + 2 < n and toks[at].key == key("در") and toks[at + 1].key == key("حاشیه"):
                # «فریدین نصریف در حاشیه اجلاس اکو در دیدار با ...»: the occasion, then the meeting
                at = next((k for k in range(at + 3, min(n - 1, at + 9)) if toks[k].key == key("در")
                           and toks[k + 1].key in _MEETING_NOUNS), at)
            if at + 1 < n and toks[at].key in (key("در"), key("طی")) and toks[at + 1].key == key("پایان"):
                at += 1  # «در پایان نشست با»
            end = at + 1
            while end < n and ((sp := spans.get(end)) is not None and sp.has("trigger")
                               or end > at + 1 and toks[end].key != _BA and _filler(toks, end)):
                end = sp.j if sp is not None and sp.has("trigger") else end + 1
                # («در نشست مشترک ویدئوکنفرانسی با»: a trigger and its call adjective; «در مذاکرات مشترک با»)
            in_meeting = at + 2 < n and toks[at].key in (key("در"), key("طی"), key("پایان")) \
                and end > at + 1 and end < n and toks[end].key == key("با")
            # («ژرار لارشه در این دیدار تصریح کرد»: one of those just reported as met, named now)
            in_that_meeting = at + 2 < n and toks[at].key in (key("در"), key("طی")) and toks[at + 1].key in _ANAPHOR \
                and (sp := spans.get(at + 2)) is not None and sp.has("trigger") and bool(s.quote)
            # («ارسلان زارع صبح دوشنبه در دیدار اکتاوینو علیمودین سفیر اندونزی، اظهار کرد»: the guest right
            # after the meeting noun, no «با», then what the subject said)
            in_meeting = in_meeting or at + 2 < n and toks[at].key in (key("در"), key("طی")) and bool(s.quote) \
                and toks[at + 1].key in _MEETING_NOUNS and end == at + 2 and end < n \
                and (_office_at(spans, end) or (sp := spans.get(end)) is not None and sp.has("person")
                     or _bare_name_like(toks[end:end + 2])) \
                and not any(t.key == _BA for t in toks[end:min(n, end + 12)])
            if j - i >= 2 and j < n and (toks[j].key == key("با") and _bare_name_like(toks[i:j])
                                         or _paired_subject(s, i, j)
                                         or (in_meeting or in_that_meeting or _on_trip_then_with(toks, spans, at)
                                             or _then_met_with(toks, spans, i, j))
                                         and _name_before_office(toks[i:j])):
                m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
            elif _subject_then_time(toks, spans, i):
                j = i + 2 + (toks[i + 2].key not in _WHEN_WORDS | _DAYTIME)
                m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
        if m is None and i > 1 and toks[i - 1].key == key("و") and out and out[-1].end == i - 1 and out[-1].name \
                and not out[-1].role and _before_their_plural_office(toks, spans, i):
            # «با ایمن الصفدی و یان بورگ وزرای امور خارجه اردن و مالت»: the second name of two an office
            # of both states follows
            j = next(k for k in range(i, n) if spans.get(k))
            office, after = _parse_chain(toks, spans, j, n)
            if office is not None and office.role and len(office.countries) == 2:
                first = out[-1]
                m, nxt = Mention(i, after, name=" ".join(t.text for t in toks[i:j]), role=office.role,
                                 countries=office.countries[1:], prep=toks[i - 1].key, end_of_role=office.end_of_role), after
                first.role, first.countries = office.role, office.countries[:1]
                first.one_each = m.one_each = True  # (each minister of his state: met one by one)
        if m is None and i > 1 and toks[i - 1].key == key("و") and out and out[-1].end == i - 1 and out[-1].name \
                and out[-1].prep not in _PREPS and trigger_end:
            # «محمد جواد ظریف و المار ممدیارف ... در گفت‌وگویی تلفنی ... رایزنی کردند»: an unknown name
            # joined to a named subject, then a time, a place, an office or the meeting
            j = i
            while j < n and j - i < 3 and toks[j].word and not spans.get(j) \
                    and toks[j].key not in _STOP | _AFTER_NAME | _WHEN_WORDS | _VERB_WORDS:
                j += 1
            if j - i >= 2 and _bare_name_like(toks[i:j]) and (j == n or spans.get(j) or not toks[j].word
                                                              or toks[j].key in _WHEN_WORDS | _AFTER_NAME | _PREPS
                                                              or toks[j].key in (key("در"), key("بعد"))):
                m, nxt = Mention(i, j, name=" ".join(t.text for t in toks[i:j])), j
                office, after = _parse_chain(toks, spans, j, n) if _office_at(spans, j) else (None, j)
                if office is not None and office.role and not office.name and not office.plural:
                    m.role, m.countries, m.end, nxt = office.role, office.countries, after, after
        if m is None and out and out[-1].counterpart and out[-1].end == i and not out[-1].name \
                and toks[i].text == "«" and (close := _quoted(toks, i, n)) is not None \
                and 1 <= close - i - 1 <= 4 and all(t.word for t in toks[i + 1:close]):
            # «با همتای ترکمنستانی خود «رجب مرادوف»»: the counterpart's name in quotes
            out[-1].name, out[-1].end = " ".join(t.text for t in toks[i + 1:close]), close + 1
            i = close + 1
            continue
        if m is None and out and out[-1].counterpart and out[-1].end == i and not out[-1].name:
            # «با همتای خود حسن ناظم وزیر فرهنگ عراق»: the counterpart's name and office follow
            j = i
            while j < n and j - i < 4 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP:
                j += 1
            office, after = _parse_chain(toks, spans, j, n) if j < n and _office_at(spans, j) else (None, j)
            if office is not None and office.role and not office.name and 2 <= j - i <= 3 \
                    and _name_before_office(toks[i:j]):
                cp = out[-1]
                cp.name, cp.role, cp.countries, cp.end = " ".join(t.text for t in toks[i:j]), office.role, office.countries, after
                i = after
                continue
        if m is None:
            i += 1
            continue
        if m.name_from_table and m.start == i and i > 0 and not (
                out and out[-1].end >= i - 1 and key(out[-1].role_text or "") not in _HEADED_BY):
            _given_names(m, toks, spans, i)  # (after «به ریاست», a name: «به ریاست محسن زنگنه»)
        if m.name_from_table and m.surface and " " not in m.surface and 0 < m.name_end < n \
                and toks[m.name_end].word and not toks[m.name_end].text.isdigit() \
                and not spans.get(m.name_end) and toks[m.name_end].key not in _STOP | _CREDENCE \
                and toks[m.name_end].key not in _AFTER_NAME | _VERB_WORDS \
                and not _inflected_word(toks[m.name_end].text) and not _day_of_month_word(toks, m.name_end) \
                and (_rare(toks[m.name_end]) or _nisba(toks[m.name_end])) \
                and (m.role or not _office_at(spans, m.name_end + 1)):  # (with an office: see below)
            # «موسوی اردبیلی», «علوی گرگانی»: a listed surname going on is another person's name
            m.name = f"{m.surface} {toks[m.name_end].text}"
            m.name_from_table = m.name_weak = False
            m.surface = None
            m.end = nxt = max(m.end, m.name_end + 1)
        elif m.name_from_table and m.surface and " " in m.surface and not m.role and 0 < m.name_end < n \
                and toks[m.name_end].word and not spans.get(m.name_end) and not toks[m.name_end].text.isdigit() \
                and toks[m.name_end].key not in _STOP | _AFTER_NAME | _VERB_WORDS | _WHEN_WORDS \
                and not _day_of_month_word(toks, m.name_end) \
                and not (m.name_end + 1 < n and toks[m.name_end + 1].key in _LIGHT_VERBS
                         and _ordinary(toks[m.name_end].text)) \
                and (not _ordinary(toks[m.name_end].text, 1) or _nisba(toks[m.name_end])
                     or m.name_end + 1 < n and (toks[m.name_end + 1].key in (key("در"), _BA, key("طی"))
                                                or (after := spans.get(m.name_end + 1)) is not None
                                                and after.has("office", "relday", "weekday"))):
            # «قاسم سلیمانی دشتکی (امروز در پایان نشست با)»: a listed full name going on with another word,
            # then a time, an office or the meeting, is another person's name (with his office, if any);
            # not a word before a light verb («با ولادیمیر پوتین اطلاع‌رسانی کردم»: the verb's)
            m.name = f"{m.surface} {toks[m.name_end].text}"
            m.name_from_table = m.name_weak = False
            m.surface = None
            m.end = nxt = max(m.end, m.name_end + 1)
            if _office_at(spans, m.name_end + 1):
                office, after = _parse_chain(toks, spans, m.name_end + 1, n)
                if office is not None and office.role and not office.name and not office.plural:
                    m.role, m.countries, m.end_of_role = office.role, office.countries, office.end_of_role
                    m.end = nxt = after
        elif m.name_from_table and m.surface and " " not in m.surface and not m.role and 0 < m.name_end < n:
            # «اسد مجید خان دبیرکل اکو»: a listed surname, one or two unknown words, then an office
            # is another person's full name
            k = m.name_end
            while k < n and k - m.name_end < 2 and toks[k].word and not spans.get(k) \
                    and toks[k].key not in _STOP | _AFTER_NAME | _VERB_WORDS and not toks[k].text.isdigit() \
                    and not toks[k].text.endswith(_ORDINAL_ENDINGS):  # («اولاند اولین رئیس‌جمهور فرانسه ...»)
                k += 1
            if k > m.name_end and k < n and _office_at(spans, k):
                office, after = _parse_chain(toks, spans, k, n)
                if office is not None and office.role and not office.name and not office.plural:
                    m.name = " ".join(t.text for t in toks[m.start:k])
                    m.name_from_table = m.name_weak = False
                    m.surface = None
                    m.role, m.countries, m.end_of_role = office.role, office.countries, office.end_of_role
                    m.end = nxt = after
        if m.start > 0:
            quoted = m.start > 1 and toks[m.start - 1].text == "«"
            before = m.start - 1 - quoted  # («با «ملا X»»)
            if (quoted or toks[m.start].text == "«") and before > 0 and toks[before - 1].key == _BA \
                    and toks[before].word and not spans.get(before):
                before -= 1  # «با دریابُد «نوید اشرف»»: a rank no table has before the quoted name
            m.prep = _BA if toks[before].key == key("وبا") else toks[before].key  # («... شد وبا بشار اسد ملاقات کرد»)
            if m.prep == key("حضور") and before > 0 and toks[before - 1].key == key("به") and any(
                    t.key in _REACHED for t in toks[m.end:m.end + 12]):
                m.prep = _BA  # «به حضور X رسید»: an audience with X, met as «با X دیدار کرد»
            if m.prep in _ANAPHOR and m.role and not m.name and before > 0 and toks[before - 1].key == _BA:
                m.prep = _BA  # «با این مرجع تقلید»: the one just named (see _candidates)
            elif m.prep == key("از") and m.counterpart and before > 1 and toks[before - 1].key in _SOME \
                    and toks[before - 2].key == _BA:
                m.prep = _BA  # «با برخی از همتایان خود»: some of them, met
            elif m.prep == key("و") and (_ba_before(toks, before, out, crowd=True) or out and out[-1].prep == _BA
                                          and _crowd_item(out[-1], toks, m.start)):
                # «با سران کشورهای مختلف و دبیرکل سازمان ملل», «با مقامات ... و X»: met too, after a crowd
                # no one names
                m.prep = _BA
        out.append(m)
        i = max(nxt, i + 1)
        if m.plural_honorific and m.name:
            first = len(out) - 1
            i = _listed_names(out, toks, spans, i)
            i = _their_plural_office(out[first:], toks, spans, i)
    for m in out:
        # where «از جمله» or «شامل» opens the list
        lead = m.start - 2 if m.prep == key("جمله") and m.start > 1 and toks[m.start - 2].key == key("از") else \
            m.start - 1 if m.prep == key("شامل") else None
        if lead is not None and (any(x.prep == key("با") and x.end <= m.start for x in out)
                                 or _ba_before(toks, lead, out)):
            m.prep = key("با")  # «با سران ...، از جمله روسای جمهور چین و روسیه»: these are the ones met
            listed = []
            for a, b in zip([None, *out[out.index(m):]], out[out.index(m):]):
                gap = toks[a.end:b.start] if a is not None else []
                if a is not None and not (all(t.key in _COORD | _SEPARATE for t in gap) or _list_gap(gap)):
                    break
                listed.append(b)
            if _ba_before(toks, lead, out, some=True):  # «با شماری از ... از جمله A، B و C»
                for b in listed:
                    b.one_each = True
            ba = next((k for k in range(lead - 1, max(-1, lead - 10), -1) if toks[k].key == _BA), None)
            if ba is not None and toks[ba + 1].key in _UNNAMED_OFFICIALS | _SOME \
                    and (state := _state_in(toks[ba + 1:lead])) is not None:
                for b in listed:  # «با مقامهای بلندپایه کوبا از جمله رییس جمهور، وزیر خارجه ...»: that state's
                    if b.role and not b.name and not b.countries and not b.counterpart:
                        b.countries = [state]
    # («و ضمیر کابلوف، نماینده ویژه روسیه»: the bare name read first, then again with the office in apposition)
    out = [m for m in out if not any(o is not m and o.start == m.start and o.end > m.end and o.name == m.name
                                     and m.name and not m.role for o in out)]
    out = _leaders_of_listed_states(out, toks, spans)
    for a, b in zip(out, out[1:]):
        if a.counterpart and not a.countries and not a.name and b.plural and b.countries \
                and b.start == a.end + 1 and toks[a.end].text in "،,":
            b.start, b.prep, b.counterpart = a.start, a.prep, True  # «با همتایان خود، وزیران خارجه ژاپن، مکزیک و ...»
            out.remove(a)
            break
        if a.counterpart and toks[a.start].key == key("همتایان") and not a.countries and not a.name and b.name \
                and not b.plural \
                and a.end <= b.start <= a.end + 1 and all(t.text in "،," for t in toks[a.end:b.start]):
            b.start, b.prep = a.start, a.prep  # «با همتایان خود ناصر حسین، وزیر حمل‌ونقل و ...»: the names follow
            out.remove(a)
            break
    _delegation_heads(out, toks, spans)
    _delegations(out, toks, spans)
    _headed_by(out, toks)
    _second_office(out, toks)
    _office_then_name(out, toks)
    _respectively(out, toks)
    _share_trailing_country(out, toks, spans)
    return out


def _office_then_name(out: list[Mention], toks: list[Token]) -> None:
    """«وزیر دفاع آمریکا، دونالد رامسفلد با ...», «سفیر ژاپن، کازوتوشی آیکاوا»: an office, a comma,
    then a bare name is the office's holder named in apposition, one person (and the name the article
    gives wins over the one the table would give for the day)."""
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if a.role and not a.name and not a.plural and not a.counterpart and not a.former \
                and b.name and not b.role and not b.plural and not b.pronoun \
                and b.start == a.end + 1 and toks[a.end].text in "،," and not _cited(toks, a.start):
            # (not «به نقل از ریاست جمهوری، «مسعود پزشکیان» ...»: the source, then the subject)
            a.name, a.name_weak, a.name_from_table, a.surface = b.name, b.name_weak, b.name_from_table, b.surface
            a.name_end, a.end = b.name_end, b.end
            del out[k + 1]
        k += 1


# an office one man holds beside another: «اسحاق دار وزیر خارجه و معاون صدر اعظم پاکستان»
_DEPUTY_PREMIER = "معاون نخست‌وزیر"
_PREMIER_AND_FM = {"نخست‌وزیر", "وزیر امور خارجه"}  # («محمد آل ثانی نخست‌وزیر و وزیر امور خارجه قطر»)


_ROTATING_CHAIR = key("رئیس دوره‌ای")


def _second_office(out: list[Mention], toks: list[Token]) -> None:
    """«با اسحاق دار وزیر خارجه و معاون نخست‌وزیر پاکستان»: a named man's office, «و», and a
    deputy premiership (or a foreign ministry beside a premiership) no one is named to is his second
    office, and its state his; so is an office he held before («نوری المالکی رئیس جریان دولت قانون عراق و
    نخست وزیر اسبق این کشور»), and the body a named deputy minister heads («مهدی پیرصالحی معاون وزیر
    بهداشت و رئیس سازمان غذا و دارو»), and a rotating chair, which a state's own official holds («هاکان فیدان وزیر خارجه ترکیه و رئیس دوره‌ای
    سازمان همکاری اسلامی»)."""
    for a, b in zip(out, out[1:]):
        if a.name and a.role and not b.name and b.role and not b.plural and _and_between(toks, a.end, b.start) and (
                    b.former or not a.countries and b.countries and (_DEPUTY_PREMIER in (a.role, b.role)
                                                                     or {a.role, b.role} == _PREMIER_AND_FM)
                    or a.role.startswith("معاون وزیر") and b.role.startswith("رئیس")
                    or b.role.startswith(_MEMBERS + ("نماینده مجلس",))  # («دبیرکل حزب ... و نماینده مجلس این کشور»)
                    or key(b.role).startswith(_ROTATING_CHAIR)):
            a.countries, a.end, a.end_of_role = a.countries or b.countries, b.end, b.end_of_role
            out.remove(b)
            return
        if a.name and a.role and key(a.role).startswith(_ROTATING_CHAIR) and not b.name and b.role \
                and not b.plural and b.countries and _and_between(toks, a.end, b.start):
            # «محمد بن صالح الساده، رئیس دوره‌ای اوپک و وزیر صنعت و انرژی قطر»: the chair is his state's
            # official, and he speaks for that state
            a.role, a.role_text, a.countries = b.role, b.role_text, b.countries
            a.end, a.end_of_role = b.end, b.end_of_role
            out.remove(b)
            return


def _and_between(toks: list[Token], end: int, start: int) -> bool:
    """Only «و» between two mentions, after any short aside in brackets («... نفت (اوپک) و وزیر ...»)."""
    if end < len(toks) and toks[end].text == "(":
        end = next((k + 1 for k in range(end + 1, min(len(toks), end + 6)) if toks[k].text == ")"), end)
    return start == end + 1 and toks[end].key == key("و")


def _respectively(out: list[Mention], toks: list[Token]) -> None:
    """«محمدرضا فرزین و فاتح کاراهان، روسای بانک مرکزی ایران و ترکیه»: names listed before a plural
    office of as many states hold it in those states, in that order."""
    for k, last in enumerate(out):
        if not (last.plural and last.name and last.role and not last.offices and len(last.countries) >= 2):
            continue
        run = out[k + 1 - len(last.countries):k]
        if len(run) == len(last.countries) - 1 and all(
                m.name and not m.role and not m.countries and not m.plural for m in run) and all(
                toks[a.end:b.start] and all(t.key in _COORD for t in toks[a.end:b.start])
                for a, b in zip(run, [*run[1:], last])):
            for m, state in zip([*run, last], last.countries):
                m.role, m.countries = last.role, [state]
            last.plural = False
            return


def _headed_by(out: list[Mention], toks: list[Token]) -> None:
    """«نشستی که به ریاست سیدعباس عراقچی معاون سیاسی وزارت امور خارجه و ... برگزار شد»: «ریاست» says
    who chaired (a side of the talks, as a subject is), the office after the name is his."""
    for a, b in zip(out, out[1:]):
        if a.name and a.role_text and key(a.role_text) in _HEADED_BY and a.prep == key("به") \
                and b.start == a.end and b.role and not b.name:
            a.role, a.role_text, a.countries = b.role, b.role_text, b.countries or a.countries
            a.end, a.end_of_role = b.end, b.end_of_role
            a.prep = toks[a.start - 2].key if a.start >= 2 else None
            out.remove(b)
            return


_DELEGATION = {key(w) for w in ("هیات", "هیئت", "هیأت", "هیاتی", "هیئتی", "هیأتی")}
_HEADED_BY = {key(w) for w in ("ریاست", "سرپرستی", "رهبری")}


_COMPOSED = {key(w) for w in ("متشکل", "مرکب")}


def _headed_by_word(toks: list[Token], k: int) -> bool:
    """Token k is «ریاست»/«سرپرستی»/«رهبری» after «به»: «به ریاست X», the head named next; or «از»
    after «متشکل»: «هیات ... متشکل از X رئیس ... و Y ...», the first member named next stands for it."""
    return 0 < k < len(toks) and (toks[k].key in _HEADED_BY and toks[k - 1].key == key("به")
                                  or toks[k].key == key("از") and toks[k - 1].key in _COMPOSED)
_DELEGATION_PLURAL = {key(w) for w in ("هیات‌های", "هیئت‌های", "هیات‌ها", "هیئت‌ها")}  # (keys fold ZWNJ and أ)
_NAME_BREAK = {key(w) for w in ("هفته", "ماه", "فردا", "امشب", "دیشب", "اخیرا", "اخیراً", "قرار", "ضمن", "طی", "پس",
                                "پیش", "هنگام", "وارد", "عازم", "بامداد", "ظهر")}


def _delegations(out: list[Mention], toks: list[Token], spans: dict[int, Span]) -> None:
    """«هیات پارلمانی انگلیس با لاریجانی دیدار خواهد کرد»: a state's delegation no one heads in the
    sentence (its head is named elsewhere: «بلانت ... در صدر یک هیات پارلمانی ...»)."""
    taken = {k for m in out for k in range(m.start, m.end)}
    for i, t in enumerate(toks):
        if t.key not in _DELEGATION or i in taken or i > 0 and toks[i - 1].key in _PREPS - {_BA} | _COORD:
            continue  # (a subject, or the one met: in a list of those met, an unnamed delegation is left as it is)
        j = i + 1
        # («هیات بلندپایه سیاسی و اقتصادی آفریقای جنوبی»: the kinds of delegation before its state)
        while j < len(toks) and j - i <= 5 and toks[j].word and (
                not spans.get(j) and toks[j].key not in _STOP or toks[j].key == key("و")
                or spans.get(j) and _topic_only(spans[j]) and spans[j].j == j + 1):
            j += 1
        sp = spans.get(j)
        if sp is None or not sp.has("country", "adj", "org") or sp.has("person", "office") \
                or any(k in taken for k in range(j, sp.j)):
            continue
        if _headed_by_word(toks, sp.j + 1):
            continue  # «هیات ... به ریاست X»: the head named here (_delegation_heads)
        e = sp.get("country") or sp.get("adj") or sp.get("org")
        m = Mention(i, sp.j, role="هیات", countries=[e.canon], delegation=True,
                    prep=toks[i - 1].key if i > 0 else None)
        out.insert(next((k for k, x in enumerate(out) if x.start > i), len(out)), m)


_HEADING = re.compile(r"(?:در\s?(?:صدر|راس|رأس)|به\s?همراه)\s(?:یک\s)?(?:هیات|هیئت|هیأت)")


def _delegation_heads(out: list[Mention], toks: list[Token], spans: dict[int, Span]) -> None:
    """«(با) هیات پارلمانی انگلیس به ریاست جک استرا»: the delegation meets in its head, who stands
    where the delegation stands in the sentence and speaks for its state."""
    n = len(toks)
    for r in range(1, n - 2):
        if not _headed_by_word(toks, r + 1):
            continue
        # («هیئتی از سازمان حج و زیارت جمهوری اسلامی ایران به ریاست ...»: a body's long name between)
        # («مقامات ازبکستانی به رهبری بختیار سعیدوف ...»: officials led by one named, as a delegation)
        h = next((k for k in range(r - 1, max(-1, r - 15), -1) if toks[k].key in _DELEGATION | _UNNAMED_OFFICIALS), None)
        if h is None or any(h < m.start < r or m.start <= h < m.end and toks[h].key not in _UNNAMED_OFFICIALS for m in out):
            continue
        head = next((m for m in out if m.start in (r + 1, r + 2) and (m.name or m.role and m.start == r + 2)), None)
        if head is None:
            j = r + 2
            while j < n and j - r - 2 < 3 and toks[j].word and not spans.get(j) \
                    and toks[j].key not in _STOP | _AFTER_NAME | _NAME_BREAK:
                j += 1
            # a name is expected here: any two or three words up to a break («جک استرا روز ...»)
            if not 2 <= j - r - 2 <= 3 or j < n and toks[j].word and not spans.get(j) \
                    and toks[j].key not in _QUAL_STOP | _NAME_BREAK or any(t.key in _VERB_WORDS for t in toks[r + 2:j]):
                continue
            head = Mention(r + 2, j, name=" ".join(t.text for t in toks[r + 2:j]))
            out.insert(next((k for k, m in enumerate(out) if m.start > r), len(out)), head)
        for m in [m for m in out if m.start == r + 1 and m is not head and not m.name]:
            out.remove(m)  # «ریاست» read as the office «رئیس»
        if not head.countries or head.countries == [PREVIOUS_COUNTRY]:  # («... وزیر خارجه این کشور»: the delegation's)
            head.countries = [e.canon for k in range(h + 1, r) if (sp := spans.get(k))  # («... پارلمان اروپا»)
                              for e in sp.entries if e.kind in ("country", "adj", "org")][:1] or head.countries
        h -= h > 1 and toks[h - 1].key == key("یک")  # («با یک هیئت روسی به ریاست ...»: the article, then «با»)
        head.start, head.prep = h, toks[h - 1].key if h > 0 else None


# letters of credence («اعتمادنامه» in Dari), their forms, and a copy of them («رونوشت», Dari «کاپی»)
_CREDENCE_WORDS = (key("استوارنامه"), key("اعتمادنامه"))
_CREDENCE = {key(stem + suffix) for stem in _CREDENCE_WORDS
             for suffix in ("", "‌اش", "‌ها", "‌های", "‌هایشان", "‌هایش", "‌شان")} | {key("رونوشت"), key("کاپی")}


def _ba_before(toks: list[Token], at: int, mentions: list[Mention], some: bool = False, crowd: bool = False) -> bool:
    """«با شماری از مقامات ارشد کشورهای جهان از جمله ...»: a «با» up to ten words before ``at``
    heads the phrase (no one named, no verb between); with ``some``, followed by «شماری»,
    «تعدادی», ... (several people, met one by one); with ``crowd``, by those or a plural of heads or
    officials («با سران کشورهای مختلف»)."""
    ba = next((k for k in range(at - 1, max(-1, at - 11), -1) if toks[k].key == _BA), None)
    heads = _SOME | _CROWD_HEADS if crowd else _SOME
    if ba is None or (some or crowd) and not (ba + 1 < at and toks[ba + 1].key in heads):
        return False  # (the cheap test first: on long inputs the mentions are many)
    return not any(x.start <= k < x.end for x in reversed(mentions) for k in range(ba, at)) and not any(
        t.key in _VERB_WORDS or t.text in ".؛:" for t in toks[ba + 1:at])


_SOME = {key(w) for w in ("تعدادی", "شماری", "برخی", "جمعی", "بسیاری")}


def _leaders_of_listed_states(mentions: list[Mention], toks: list[Token], spans: dict[int, Span]) -> list[Mention]:
    """«با تعدادی از سران کشورهای شرکت‌کننده، از جمله قرقیزستان، تاجیکستان و چین»: a plural office
    and the states listed after «از جمله» are one holder of that office per state."""
    out: list[Mention] = []
    for m in mentions:
        if not (m.plural and m.role and not m.countries and not m.name):
            out.append(m)
            continue
        k, start = m.end, None
        while k < len(toks) and k - m.end < 8:
            if toks[k].key == key("ازجمله"):
                start = k + 1
            elif toks[k].key == key("از") and k + 1 < len(toks) and toks[k + 1].key == key("جمله"):
                start = k + 2
            if start is not None or toks[k].text in ".؛" or any(x.start == k for x in mentions):
                break
            k += 1
        states: list[Mention] = []
        k = len(toks) if start is None else start
        while k < len(toks) and spans.get(k) and spans[k].has("country"):
            sp = spans[k]
            states.append(Mention(sp.i, sp.j, role=m.role, countries=[sp.get("country").canon], prep=key("،")))
            k = sp.j + 1 if sp.j < len(toks) and toks[sp.j].key in _COORD else len(toks)
        if len(states) < 2:
            out.append(m)
            continue
        some = m.prep == key("از") and m.start >= 2 and toks[m.start - 2].key in _SOME
        ba = m.prep == key("با") or some and m.start >= 3 and toks[m.start - 3].key == key("با")
        for state in states:
            state.one_each = some  # «a number of them, among them A, B and C»: each on his own
        states[0].prep = key("با") if ba else m.prep
        states[0].start = m.start  # the list is read from the office on («دیدار با سران ...»)
        out += states
    return out


# the second half of a given name written apart («حبیب الله», «نعمت اله»): the surname comes after it
_ALLAH = {key("الله"), key("اله")}


def _not_a_surname(tok: Token) -> bool:
    """A third word after an honorific that ends the name: a common word that is no nisba
    («آیت‌الله مکارم شیرازی دومین برنامه ...», «... شیرازی رفت»); surnames of place
    («همدانی», «آملی») and other «ی» endings go on, and so does a listed official's surname («سید محمد سعید
    حکیم»)."""
    return (_ordinary(tok.text, 100_000) or tok.key in _VERB_WORDS or tok.text.endswith(_ORDINAL_ENDINGS)) \
        and not tok.text.endswith("ی") and tok.key not in _NAME_PARTICLES and not lexicon().full_names_ending(tok.text)


# towns whose adjective is a common surname, beside the gazetteer's Iranian cities
_NISBA_TOWNS = ("بروجرد", "گلپایگان", "خوانسار", "زنجان", "همدان", "آمل", "لنکران", "سبزوار", "خراسان",
                "کاشان", "نجف", "لار", "شاهرود", "تنکابن", "اراک", "قزوین", "خمین", "نائین", "دامغان")


@lru_cache(maxsize=1)
def _nisba_stems() -> frozenset[str]:
    iranian = [c for c, country in lexicon().country_of_city.items() if country == "ایران"]
    return frozenset(key(c) for c in (*_NISBA_TOWNS, *iranian))


def _nisba(tok: Token) -> bool:
    """«گرگانی», «اردبیلی», «همدانی», «بروجردی»: a surname made of a place name."""
    return len(tok.text) >= 4 and tok.text.endswith("ی") and (
        tok.text.endswith(("انی", "بیلی", "رازی", "آملی")) or tok.key[:-1] in _nisba_stems())


def _listed_names(out: list[Mention], toks: list[Token], spans: dict[int, Span], i: int) -> int:
    """«حضرات آیات سبحانی، مکارم شیرازی و جوادی آملی»: each name after the first is a person."""
    n = len(toks)
    while i + 1 < n and toks[i].key in _COORD:
        if toks[i + 1].text in '«"':  # «آیات عظام «A»، «B» و «C»»: each name in its quotes
            close = _quoted(toks, i + 1, n)
            if close is None or close == i + 2:
                break
            first = i + 2
            if (sp := spans.get(first)) is not None and sp.has("honorific") and sp.j < close:
                first = sp.j  # («"شیخ محمد اسحاق فیاض"»: the title inside the quotes)
            listed = spans.get(first)
            from_table = bool(listed and listed.has("person") and listed.j == close)
            name = listed.get("person").canon if from_table else " ".join(t.text for t in toks[first:close])
            out.append(Mention(i + 1, close + 1, name=name, name_from_table=from_table, honorific=True,
                               prep=toks[i].key))
            i = close + 1
            continue
        j = i + 1
        while j < n and j - i <= 3 and toks[j].word and toks[j].key not in _STOP | _AFTER_NAME | _VERB_WORDS \
                and toks[j].key not in _SUCH_AS | _TITLE_WORDS and not _inflected_word(toks[j].text) \
                and not (spans.get(j) and not spans[j].has("person")) and not (j > i + 1 and _not_a_surname(toks[j])):
            j += 1  # (not «شخصیت‌هایی همچون ...», «... تولیت آستان»: the list of the title's names ends;
            # nor «... و مظاهری سالروز ولادت ...»: a common word after a surname)
        if j == i + 1:
            break
        words = toks[i + 1:j]
        listed = spans.get(i + 1)
        name = listed.get("person").canon if listed and listed.j == j else " ".join(t.text for t in words)
        out.append(Mention(i + 1, j, name=name, name_from_table=bool(listed and listed.j == j), honorific=True,
                           prep=toks[i].key))
        i = j
    return i


def _their_plural_office(named: list[Mention], toks: list[Token], spans: dict[int, Span], i: int) -> int:
    """«آقایان غریب‌نژاد و سبزعلی سفرای جدید کشورمان»: a plural office after names listed under a plural
    title is each one's (with one state each when it names as many); where the names end otherwise."""
    sp = spans.get(i)
    if len(named) < 2 or sp is None or not _plural_office(sp) or any(m.role for m in named):
        return i
    office, after = _parse_chain(toks, spans, i, len(toks))
    if office is None or not office.role or len(office.countries) not in (0, 1, len(named)):
        return i
    for k, m in enumerate(named):
        m.role = office.role
        m.countries = office.countries[k:k + 1] if len(office.countries) == len(named) else list(office.countries)
    return after


def _after_trigger(toks: list[Token], trigger_end: set[int], k: int) -> bool:
    """Token ``k`` follows a trigger, maybe past its adjectives («دیداری رسمی با»)."""
    while k not in trigger_end and k > 0 and _filler(toks, k - 1) and toks[k - 1].key != key("با"):
        k -= 1
    return k in trigger_end


def _meeting_between(toks: list[Token], trigger_end: set[int], k: int) -> bool:
    """«بین» at ``k`` names who met: right after the meeting word, or closing the relative clause
    that follows it («این دیدار که در حاشیه بازی‌های آسیایی ... بین A و B برگزار شده بود»)."""
    if k in trigger_end:
        return True
    t = next((t for t in trigger_end if t < k <= t + 16), None)
    return t is not None and toks[t].key == key("که") \
        and not any(x.text in "،,.؛:" or x.key == _BA for x in toks[t:k])


_DAYTIME = {key(w) for w in ("صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد", "بعدازظهر", "بعد‌ازظهر")}


def _before_their_plural_office(toks: list[Token], spans: dict[int, Span], i: int) -> bool:
    """Two or three unknown words at ``i``, then a plural office of two states («وزرای امور خارجه
    اردن و مالت»)."""
    n = len(toks)
    j = i
    while j < n and j - i < 3 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP:
        j += 1
    sp = spans.get(j)
    return 2 <= j - i <= 3 and sp is not None and _plural_office(sp) and _name_before_office(toks[i:j]) \
        and (c := spans.get(sp.j)) is not None and c.has("country")


def _subject_then_time(toks: list[Token], spans: dict[int, Span], i: int) -> bool:
    """«منیر اکرم امروز در مقر سازمان ملل با حسین امیرعبداللهیان ... دیدار کرد»: two or three words no
    table knows opening the sentence, a time, then within a few words «با» someone and one person's
    verb of meeting: the words are the subject's name."""
    n = len(toks)
    j = i
    while j < n and j - i < 4 and toks[j].word and not spans.get(j) \
            and toks[j].key not in _STOP | _WHEN_WORDS | _DAYTIME | _AFTER_NAME | _VERB_WORDS:
        j += 1
    if not 2 <= j - i <= 3 or j >= n or not (toks[j].key in _WHEN_WORDS | _DAYTIME or (sp := spans.get(j)) is not None
                                               and sp.has("relday", "weekday")):
        return False
    words = toks[i:j]
    # a given name the table knows, or no word a common one («منیر اکرم», not «خانواده شهدا»)
    if not (lexicon().given_name(words[0].text) or not any(_ordinary(t.text, 1_000_000) for t in words)) \
            or any(_inflected_word(t.text) or _nisba(t) for t in words):
        return False
    ba = next((k for k in range(j + 1, min(n, j + 10)) if toks[k].key == _BA), None)
    if ba is None or any(t.key in _VERB_WORDS or t.text in "،,.؛:" for t in toks[j:ba]):
        return False
    trigger = next((sp for k in range(ba + 1, n) if (sp := spans.get(k)) is not None and sp.has("trigger")), None)
    return trigger is not None and trigger.j < n and toks[trigger.j].key in _ONE_PERSONS_VERB


_ONE_PERSONS_VERB = {key(w) for w in ("کرد", "داشت", "نمود", "کند", "خواهد", "می‌کند")}
_MEETING_NOUNS = {key(w) for w in ("دیدار", "ملاقات")}  # («در دیدار ویچسلاو والودین»: the guest's names follow)


def _same_name_spelled_otherwise(a: str, b: str) -> bool:
    """«ویچسلاو» / «ویاچسلاو»: one foreign name transliterated with other long vowels or dots."""
    return len(skeleton(a)) >= 3 and skeleton(a) == skeleton(b)


def _given_names(m: Mention, toks: list[Token], spans: dict[int, Span], i: int) -> None:
    """Words written before a listed name: its given and middle names («با محمد شهباز شریف»,
    «با محمد سانوسی بارکیندو»), or, before a bare listed surname, another person's given name
    («با حسن کاظمی قمی» is not «مصطفی الکاظمی»)."""
    canonical = m.name.split()
    # («شیخ الاسلامی» written apart is still the one surname «شیخ‌الاسلامی», no title)
    surname_only = m.surface is not None and (len(m.surface.split()) < len(canonical)
                                              or key(m.surface) == key(canonical[-1]))
    if m.honorific or m.surface and key(m.surface.split()[0]) in _TITLE_KEYS and key(m.surface) != key(canonical[-1]):
        return  # «با وبسایت رسمی دفتر آیت‌الله خامنه‌ای», «ماموریت حساس سردار X»: no given name before a title
    k = i
    starts = []  # where the given names may begin: after «با»/«و»/a comma or at the sentence start
    # «خالد بن عبدالعزیز الفالح»: a patronymic lengthens the given names
    while k > 0 and i - k < 3 + 2 * any(t.key in _PATRONYMIC for t in toks[max(0, k - 2):i]) \
            and toks[k - 1].word and not spans.get(k - 1) \
            and toks[k - 1].key not in _STOP | _CREDENCE | _VERB_WORDS | _AFTER_NAME | _SOURCE_WORDS | _WHEN_WORDS | _THAT \
            and not respell_word(toks[k - 1].text).startswith(("می\u200c", "نمی\u200c")) \
            and (len(toks[k - 1].text) >= 3 or toks[k - 1].key in _PATRONYMIC) and not toks[k - 1].text.isdigit() \
            and ((word_frequency(toks[k - 1].text) or 0) < 3_000_000 or lexicon().given_name(toks[k - 1].text)):
        k -= 1  # (a verb, «انتظار می‌رود احمدی‌نژاد ...», «انتظار میرود آبه», or common words, «با ابلاغ
        # سلام گرم روحانی», are no given names)
        if k == 0 or toks[k - 1].key in _PREPS | _COORD | _CREDENCE | _HEADED_BY or not toks[k - 1].word \
                or toks[k - 1].key in _MEETING_NOUNS | _HOSTS:
            starts.append(k)  # (also «به ریاست محسن زنگنه», «در دیدار ویچسلاو والودین», «میزبان جاشوا هریس»)
    if not starts:
        return
    k = starts[-1]
    given = [t.key for t in toks[k:i]]
    first = key(canonical[0])
    if k > 0 and toks[k - 1].key in _MEETING_NOUNS and not all(
            lexicon().given_name(t.text) or _same_name_spelled_otherwise(t.key, first) for t in toks[k:i]):
        return  # («در دیدار دوجانبه ظریف»: a word between the meeting and the name need not be his name)
    if i - k == 1 and not lexicon().given_name(toks[k].text) and (word_frequency(toks[k].text) or 0) >= 100_000:
        return  # one common word is no given name: «کابینه الکاظمی» is Kadhimi's cabinet («فلاح حسن زیدان» is a name)
    if surname_only and not any(g in first or first in g or _same_name_spelled_otherwise(g, first) for g in given):
        # («جواد» of «محمدجواد» is his, and so is «ویچسلاو» of «ویاچسلاو»)
        if i - k == 1 and (word_frequency(toks[k].text) or 0) >= 3_000_000 and not lexicon().iranian_given_name(toks[k].text):
            return  # («هدیه قالیباف به رئیس‌جمهور تاجیکستان»: a common word, "gift", not another man's given name)
        # another person with the same surname: an unknown name, spelt as written
        j = i + len(m.surface.split())
        while j < len(toks) and j - i < 2 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP \
                and toks[j].key not in _AFTER_NAME and _rare(toks[j]):
            j += 1  # «حسن کاظمی قمی»
        m.name = " ".join(t.text for t in toks[k:j])
        m.name_from_table = m.name_weak = False
        m.surface = None
        m.end = max(m.end, j)
    elif m.surface and (surname_only or all(lexicon().given_name(t.text) or t.key in _PATRONYMIC for t in toks[k:i])):
        # a name written in full takes only more given names («محمد شهباز شریف»), not the words
        # before it («توصیه محسن پاک‌نژاد به وزیر نفت» opening a headline, «ستر جنرال عبدالرشید دوستم»)
        m.surface = " ".join(t.text for t in toks[k:i]) + " " + m.surface
    m.start = k


def _surname_like_topic(toks: list[Token], spans: dict[int, Span], j: int, start: int) -> bool:
    """«سردار قدیر نظامی معاون ...»: a one-word topic («نظامی») after a given name and before an office
    (or a deputy's word) is the surname; so is a topic or a state's adjective right after the title, then
    a comma and an office («امیر دریادار ایرانی، فرمانده نیروی دریایی»)."""
    sp = spans[j]
    if sp.j != j + 1:
        return False
    if j == start:
        return all(e.kind in ("topic", "adj") for e in sp.entries) and j + 2 < len(toks) \
            and toks[j + 1].text in "،," and _office_at(spans, j + 2)
    return _topic_only(sp) and (_office_at(spans, j + 1) or j + 1 < len(toks) and toks[j + 1].key in _SUBORDINATE)


def _share_trailing_country(mentions: list[Mention], toks: list[Token], spans: dict[int, Span]) -> None:
    """«با رئیس‌جمهور، نخست‌وزیر و وزیر امور خارجه عراق»: bare offices listed after «با» before
    one that names its country hold office in that country too."""
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        # «با رؤسای مجالس و روسای جمهور سوریه، عراق و لبنان», «با روسای جمهور، وزرای خارجه و روسای مجلس هر
        # کدام از این کشورها»: each of those offices of each state
        if a.plural and a.role and not a.countries and not a.name and b.plural and b.role \
                and (len(b.countries) >= 2 or b.countries == [THESE_STATES]) \
                and toks[a.end:b.start] and all(t.key in _COORD for t in toks[a.end:b.start]):
            a.countries = list(b.countries)
    k = len(mentions) - 1
    while k > 0:
        last, last_at = mentions[k], k
        run = [last]
        while k > 0:
            prev = mentions[k - 1]
            between = toks[prev.end:run[0].start]
            if k > 1 and _crowd_item(prev, toks, run[0].start):
                # («با رئیس‌جمهور، نخست وزیر، سران چارچوب هماهنگی ... عراق و معاون اول رئیس مجلس عراق»: a
                # crowd listed among them is passed over, the list goes on before it)
                prev, between = mentions[k - 2], toks[mentions[k - 2].end:prev.start]
                k -= 1
            # («با رستم امامعلی رئیس مجلس ملی، محمدطاهر ذاکرزاده رئیس مجلس نمایندگان و امامعلی رحمان
            # رئیس‌جمهور تاجیکستان»: unknown names with their offices too, when the last is named as well;
            # a listed one among them keeps the table's state)
            if not (between and all(t.key in _COORD | _ALSO for t in between) and prev.role
                    and (not prev.name or last.name)
                    and not prev.countries and not prev.counterpart and not prev.plural and not prev.pronoun):
                break
            run.insert(0, prev)
            k -= 1
        # only the counterparts «با ...»: «رئیس‌جمهور و نخست‌وزیر پاکستان ... گفت‌وگو کردند» are two sides
        # («با روسای دو مجلس روسیه، وزیر خارجه و دبیر شورای امنیت ملی این کشور»: the list goes on to «این کشور»)
        # (subjects before another met «با ...»: «رئیس سنا و فرمانده ارتش پاکستان با رئیسی دیدار کردند»)
        # (or the list goes on from one met «با ...» with his own state: «با A وزیر ... ارمنستان، B وزیر اقتصاد و C
        # معاون نخست وزیر ارمنستان», «با همتای عراقی خود و همچنین رییس جمهوری، نخست وزیر و رییس پارلمان عراق»)
        with_ = run[0].prep == key("با") or k > 0 and mentions[k - 1].prep == key("با") \
            and (last.countries == [PREVIOUS_COUNTRY] or mentions[k - 1].countries == last.countries) \
            and all(t.key in _COORD | _ALSO for t in toks[mentions[k - 1].end:run[0].start]) \
            or k == 0 and any(m.prep == key("با") for m in mentions[last_at + 1:]) \
            and not any(c in lexicon().org_kind for c in last.countries)
        if len(run) > 1 and with_ and last.role and (not last.name or all(m.name for m in run)) \
                and len(last.countries) == 1 and not last.plural:
            for m in run[:-1]:
                if not m.name_from_table:
                    m.countries = list(last.countries)
        elif with_ and not last.countries and (state := _others_of_a_state(toks, spans, last.end)):
            # «با وزیر خارجه، رئیس‌جمهور و تعدادی دیگر از مقام‌های این کشور»: that state's
            for m in run:
                if m.role and not m.name and not m.countries and not m.counterpart and not m.plural:
                    m.countries = [state]
        k -= 1


def _crowd_passed(crowd: Mention, nxt: Mention, before: list[Token], toks: list[Token]) -> bool:
    """A crowd listed (see _crowd_item) between two principals: «با A، B، سران ... عراق و C»."""
    return bool(before) and all(t.key in _COORD for t in before) and _crowd_item(crowd, toks, nxt.start)


def _crowd_item(m: Mention, toks: list[Token], next_start: int) -> bool:
    """A plural office with no name or state of its own, its qualifier words and then «و» or «،»
    before the next one listed (at ``next_start``) («سران چارچوب هماهنگی نیروهای سیاسی شیعه عراق و»): one
    item of a list, not its end, and no principal."""
    return m.plural and bool(m.role) and not m.name and not m.countries and 1 < next_start - m.end <= 8 \
        and toks[next_start - 1].key in _COORD and not any(
            t.key in _COORD or t.key in _VERB_WORDS or not t.word for t in toks[m.end:next_start - 1])


def _others_of_a_state(toks: list[Token], spans: dict[int, Span], at: int) -> str | None:
    """«و (تعدادی دیگر از) مقام‌های این کشور» (the state last named), «و شماری از اندیشمندان و
    سیاستمداران لبنان» right after a list of offices: the state they all belong to."""
    if at >= len(toks) or toks[at].key != key("و"):
        return None
    for k in range(at + 1, min(at + 5, len(toks))):
        if toks[k].key in (key("مقام‌های"), key("مقامات"), key("مسئولان"), key("مسوولان"), key("شماری"),
                           key("تعدادی"), key("برخی")):
            # («... مقامات عالی رتبه سیاسی و پارلمانی این کشور»: a few words describing them between)
            for j in range(k + 1, min(k + 8, len(toks))):
                if toks[j].key in _VERB_WORDS | _CLAUSE_BREAK - {key("از")} or not toks[j].word:
                    return None
                if toks[j].key == key("این") and j + 1 < len(toks) and toks[j + 1].key == key("کشور"):
                    return PREVIOUS_COUNTRY
                if (sp := spans.get(j)) is not None and sp.has("country"):
                    return sp.get("country").canon
            return None
    return None


def _parse_chain(toks: list[Token], spans: dict[int, Span], i: int, n: int) -> tuple[Mention | None, int]:
    lex = lexicon()
    m = Mention(i, i)
    expect_name = False
    consumed = False
    while i < n:
        sp = spans.get(i)
        t = toks[i]
        if sp and sp.has("honorific") and not (m.name and m.role):
            if m.name and i > 0 and toks[i - 1].key in _FAMILY and sp.j == i + 1:
                m.name = f"{m.name} {t.text}"  # «آل الشیخ»: the family's name, not «the sheikh»
                i = m.name_end = sp.j
                continue
            if m.name:
                break
            expect_name = True
            m.honorific = True
            # («آیات عظام شیخ اسحاق فیاض و ...»: a title after the plural one keeps it plural)
            m.plural_honorific = m.plural_honorific or sp.get("honorific").canon in PLURAL_HONORIFICS
            i = sp.j
            if m.plural_honorific and i + 1 < n and toks[i].text in "،," and toks[i + 1].word:
                i += 1  # («حضرات آیات، موسوی اردبیلی، مکارم شیرازی و ...»: a comma before the list)
            consumed = True
            continue
        if t.text == "«":
            close = _quoted(toks, i, n)
            if close is None:
                break
            inner = toks[i + 1:close]
            if inner and inner[-1].text in "،,":
                inner = inner[:-1]  # «ماریا زاخارووا،»: the comma slipped inside the quote
            inner_text = " ".join(x.text for x in inner)
            inner_spans = match_spans(inner, inner_text) if inner else {}
            first = inner_spans.get(0)
            if first and first.has("honorific") and first.j < len(inner):
                # «شیخ تمیم بن حمد آل ثانی»: the honorific inside the quotes
                m.honorific = True
                inner = inner[first.j:]
                inner_text = " ".join(x.text for x in inner)
                inner_spans = match_spans(inner, inner_text)
                first = inner_spans.get(0)
            if first and first.has("person") and (first.j == len(inner) or all(x.word for x in inner)
                                                  and not first.get("person").data[0]):
                # the whole quote, or a listed short form and the rest of the name («شیخ تمیم بن حمد ...»;
                # not a surname that is also a given name: «صالح الحسناوی» is not Barham Salih)
                if m.name:
                    break
                e = first.get("person")
                m.name, m.name_from_table = e.canon, True
            elif first and first.j == len(inner) and first.has("country", "org", "city", "adj", "office"):
                break
            elif inner and (expect_name or m.role or _office_at(spans, close + 1) or _title_follows(toks, i, close)
                            or close + 2 < n and toks[close + 1].text in "،," and _office_at(spans, close + 2)  # («مارک روبیو»، وزیر ...)
                            or _un_envoy(toks, spans, close + 1, n)
                            or close + 1 < n and toks[close + 1].key == key("همتای")  # «با «عثمان الغانم» همتای عراقی خود»
                            or i > 1 and toks[i - 1].key == _BA and any(  # «در دیدار با «اومیت یاردیم» گفت»
                                sp.j == i - 1 and sp.has("trigger") for sp in spans.values())
                            or _quote_after_meeting_noun(toks, spans, i)
                            # («لوتسی اشتام» که ... سفر کرده است، در دیدار با ...»: the quoted subject, then who he is)
                            or close + 1 < n and toks[close + 1].key == key("که") and (i == 0 or toks[i - 1].text in "،:")
                            and 2 <= len(inner) <= 4 and not inner_spans
                            and not any((word_frequency(x.text) or 0) >= 300_000 and not lexicon().given_name(x.text)
                                        for x in inner)) \
                    and not m.name and 1 <= sum(x.key not in _PATRONYMIC for x in inner) <= 5 \
                    and all(x.word or x.text in "-." for x in inner) \
                    and not (len(inner) == 1 and (word_frequency(inner[0].text) or 0) >= 500_000):
                # («علی بن سعید بن سمیخ المری»: five names; not «در گفت‌وگو با «شرق»», a newspaper)
                m.name = inner_text.replace(" - ", "-")
            else:
                break
            i = close + 1
            consumed = True
            expect_name = False
            continue
        if sp and sp.has("person") and m.role and not m.name and not m.countries and i == m.end_of_role \
                and m.role.startswith(_ENVOY_ROLES):
            # «نماینده ویژه ولادیمیر پوتین»: the name after an envoy's office is whom he represents
            principal = lex.officials_named(sp.get("person").canon)
            if principal:
                m.countries = [principal[0].country]
            i = sp.j
            continue
        if sp and sp.has("person"):
            if m.name:
                break
            e = sp.get("person")
            if e.data and e.data[0] and sp.j == sp.i + 1 and sp.j < n and lex.given_name(toks[sp.i].text) \
                    and _surname_next(toks, spans, sp.j):
                # «عبدالسلام حیدری»: a listed man's surname that is also a given name, then a surname:
                # someone else
                m.name = " ".join(x.text for x in toks[sp.i:sp.j + 1])
                i = m.name_end = sp.j + 1
                consumed = True
                expect_name = False
                continue
            m.name, m.name_from_table, m.name_weak = e.canon, True, bool(e.data and e.data[0])
            m.surface = " ".join(x.text for x in toks[sp.i:sp.j])
            m.name_end = sp.j
            i = sp.j
            consumed = True
            expect_name = False
            continue
        if sp and sp.has("office"):
            if m.role and m.role.startswith(_AGENT_ROLES) and not m.name and not m.countries and i == m.end_of_role:
                # «فرستاده ویژه رئیس‌جمهور سنگال»: whom the envoy represents gives his state
                principal = Mention(i, sp.j, role=sp.get("office").canon)
                after = _qualifier(toks, spans, sp.j, n, principal)
                if len(principal.countries) == 1 and principal.countries[0] not in (TWO_STATES, THESE_STATES):
                    m.countries = principal.countries
                    i = m.end_of_role = after
                    continue
            if m.role or m.counterpart:
                break
            if not consumed and t.key == key("ریاست") and i > 0 and toks[i - 1].word \
                    and toks[i - 1].key not in _PREPS | _COORD:
                break  # «ارگ ریاست جمهوری», «دفتر ریاست جمهوری»: the presidency, not the president
            e = sp.get("office")
            if not consumed and i > 0 and toks[i - 1].key in _PLURAL_SUBORDINATES:
                if not (e.data and e.data[0]):
                    break
                # «معاونان وزرای خارجه روسیه و ایران»: the deputy of each state's minister, not the ministers
                m.role, m.plural = f"{_PLURAL_SUBORDINATES[toks[i - 1].key]} {e.canon}", True
                m.role_text = " ".join(t.text for t in toks[i - 1:sp.j])
                m.start = i - 1
                i = m.end_of_role = sp.j
                consumed = True
                i = _qualifier(toks, spans, i, n, m)
                continue
            if sp.j < n and toks[sp.j].key == key("کشوری"):
                break  # «... که رئیس‌جمهور کشوری ... به دیدار رهبر می‌رود»: any state's, no one in particular
            m.role, m.plural = e.canon, bool(e.data and e.data[0])
            m.role_text = " ".join(t.text for t in toks[sp.i:sp.j])
            if not consumed:
                # «معاون دیپلماسی اقتصادی وزیر امور خارجه»: a deputy/adviser, not the minister
                k = i - 1
                while k >= 0 and i - k <= 8 and not (spans.get(k) and not spans[k].has("topic")) and (
                        toks[k].word and toks[k].key not in _QUAL_STOP
                        or (toks[k].key == key("و") or toks[k].text in "،,") and k > 0 and toks[k - 1].word
                        and not (spans.get(k - 1) and not spans[k - 1].has("topic"))
                        and toks[k - 1].key not in _QUAL_STOP and k + 1 < i):
                    # («معاون علمی، فناوری و اقتصاد دانش‌بنیان رئیس‌جمهور», «معاون اروپا و آمریکای وزیر ...»:
                    # a deputy's portfolio, not the president or the minister)
                    if _subordinate_at(toks, k):
                        # («قائم مقام وزیران دفاع ازبکستان و ونزوئلا»: the deputy of each state's minister)
                        m.role = respell(" ".join([*(t.text for t in toks[k:sp.i]), e.canon])) if m.plural \
                            else respell(" ".join(t.text for t in toks[k:sp.j]))
                        m.start = k
                        if toks[k].key == key("سخنگوی") or "nonprincipal" in lex.offices.get(e.canon, set()):
                            m.media = True  # (a spokesman's deputy speaks for him too: «معاون سخنگوی وزارت خارجه»)
                        break
                    k -= 1
            i = sp.j
            consumed = True
            m.end_of_role = i
            i = _other_leader(toks, spans, _envoy_brief(toks, spans, _qualifier(toks, spans, i, n, m), m), m)
            continue
        if not m.role and not m.counterpart and (un_envoy := _un_envoy(toks, spans, i, n)) is not None:
            m.role, m.countries = "نماینده دائم", [un_envoy[0]]
            m.role_text = " ".join(x.text for x in toks[i:un_envoy[1]])
            i = m.end_of_role = un_envoy[1]
            consumed = True
            continue
        if m.name and not m.role and not m.counterpart and _subordinate_at(toks, i):
            # «علی لاریجانی مشاور مقام معظم رهبری»: a deputy's or an adviser's office after a name
            office = next((spans[k] for k in range(i + 1, min(n, i + 3)) if spans.get(k) and spans[k].has("office")), None)
            if office is not None and all(toks[k].word and toks[k].key not in _QUAL_STOP for k in range(i + 1, office.i)):
                m.role = m.role_text = respell(" ".join(x.text for x in toks[i:office.j]))
                i = m.end_of_role = office.j
                i = _qualifier(toks, spans, i, n, m)
                continue
        if t.key in (key("همتای"), key("همتایان"), key("همتا")):
            if m.role or m.counterpart or m.name and (m.plural_honorific or t.key != key("همتای")):
                break  # «با عبدالامیر الشمری همتای عراقی خود»: the name's office is the counterpart's
            m.counterpart = True
            consumed = True
            i += 1
            sp2 = spans.get(i)
            if sp2 and sp2.has("adj", "country"):
                e = sp2.get("adj") or sp2.get("country")
                m.countries = [e.canon]
                i = sp2.j
                # «همتایان ترکیه‌ای، ترکمنستانی و اندونزیایی خود»: one counterpart per country
                while i + 1 < n and toks[i].key in _COORD and spans.get(i + 1) and spans[i + 1].has("adj"):
                    m.countries.append(spans[i + 1].get("adj").canon)
                    i = spans[i + 1].j
                m.plural = len(m.countries) > 1
            while i < n and toks[i].key in (key("خود"), key("خویش"), key("اش"), key("شان"), key("ایرانی")):
                if toks[i].key == key("ایرانی"):
                    break
                i += 1
                # «با همتای پاکستانی خود آصفعلی درانی»: his name may follow
                expect_name = not m.name and i + 1 < n and toks[i].word and toks[i + 1].word \
                    and toks[i].key not in _STOP | _QUAL_STOP | _AFTER_NAME \
                    and _bare_name_like(toks[i:i + 2])
            if t.key == key("همتایان") and not m.countries and i + 1 < n and toks[i].key == key("از") \
                    and spans.get(i + 1) and spans[i + 1].has("country"):
                # «با همتایان خود از روسیه، برزیل و هند»: one counterpart per state named
                m.countries, i = [spans[i + 1].get("country").canon], spans[i + 1].j
                while i + 1 < n and toks[i].key in _COORD and spans.get(i + 1) and spans[i + 1].has("country"):
                    m.countries.append(spans[i + 1].get("country").canon)
                    i = spans[i + 1].j
                m.plural, expect_name = len(m.countries) > 1, False
            continue
        if sp and sp.has("pronoun") and not consumed:
            m.pronoun = True
            return Mention(m.start, sp.j, pronoun=True), sp.j
        if expect_name and t.word and (not sp or _surname_like_topic(toks, spans, i, i)):
            j = i
            # («سلطان بن محمد النعمانی»: the words after «بن» are the name's too; «آقای عون منتشر کرد»: a
            # dictionary word before a verb is the verb's, not the name's)
            # («سعدبن عبدالله آل محمود الشریف»: «بن» glued to the given name; after «آل» its family's name)
            while j < n and j - i < 4 + 2 * any(t.key in _PATRONYMIC or t.key.endswith(key("بن")) for t in toks[i:j]) \
                    and toks[j].word and (not spans.get(j) or _surname_like_topic(toks, spans, j, i)) \
                    and toks[j].key not in _STOP \
                    and not (j > i and toks[j].key in _AFTER_NAME) \
                    and not (j > i and j + 1 < n and toks[j + 1].key in _LIGHT_VERBS and _ordinary(toks[j].text)) \
                    and not (j - i >= 2 and (j - i >= 3 or toks[i + 1].key not in _ALLAH) and _not_a_surname(toks[j])
                             and not _office_at(spans, j + 1 + (j + 1 < n and toks[j + 1].text in "،,؛"))  # («... وفا؛ والی»)
                             and toks[j - 1].key not in _PATRONYMIC | _FAMILY
                             and toks[j].key not in _HONORED_NAME_TAILS
                             and not (j + 1 < n and toks[j + 1].key in _HONORED_NAME_TAILS)):  # («نعمت اله امام زاده»)
                j += 1
            if j > i and j < n and spans.get(j) and spans[j].has("person"):
                j = spans[j].j  # «ژنرال علی محمود عباس»: a given name before a listed name is another person
            if j > i:
                m.name = " ".join(x.text for x in toks[i:j])
                i = j
                consumed = True
                expect_name = False
                continue
            break
        if (t.text in "،," or t.text == "؛" and m.start > 0 and toks[m.start - 1].key == _BA) \
                and m.name and not m.role and not m.counterpart and not m.pronoun \
                and (_office_at(spans, i + 1) or i + 1 < n and toks[i + 1].key == key("همتای")
                     or i + 1 < n and toks[i + 1].key in _SUBORDINATE  # («قائم‌پناه، معاون اجرایی رئیس جمهور»)
                     and any(_office_at(spans, k) for k in range(i + 2, min(n, i + 5)))) \
                and not _office_at(spans, m.start) and not _cited(toks, m.start):
            i += 1  # «ژنرال ذاکر حسن‌اف، وزیر دفاع آذربایجان»: the office in apposition (not after
            # «به گفته خطیب‌زاده، وزیر امور خارجه ...»: the source, then the sentence's subject)
            # («با آصف علی زرداری، همتای پاکستانی، شهباز شریف ...»: so is a counterpart; some sites write
            # «؛» for that comma after «با»: «با آصف علی زرداری؛ همتای پاکستانی، ...»)
            continue
        if m.role and m.countries and not m.name and not m.plural and t.text in "،,":
            # «سفیر ژاپن، کنجی تاناکا، امروز ...»: a name between commas after the office
            if (named := spans.get(i + 1)) is not None and named.has("person") and named.j < n \
                    and toks[named.j].text in "،,":
                i += 1  # «وزیر نفت ایران، جواد اوجی، با ...»: a listed name, read next
                continue
            start = i + 1
            while start < n and (hon := spans.get(start)) is not None and hon.has("honorific") and not hon.has("person"):
                start = hon.j  # («معاون وزیر نفت ایران، سید علی محمد موسوی، و ...»)
            j = start  # (a listed surname may close it: «علی محمد موسوی» is not «عبدالرحیم موسوی»)
            while j < n and j - start <= 3 and toks[j].word and (
                    not spans.get(j) or j > start and spans[j].has("person") and spans[j].j == j + 1):
                j += 1
            if 2 <= j - start <= 3 and j < n and toks[j].text in "،," and _name_before_office(toks[start:j]):
                m.name = " ".join(x.text for x in toks[start:j])
                i = j + 1
                consumed = True
                continue
            break
        if m.role and not m.name and not m.plural and t.word and not sp:
            # «وزیر امور خارجه عمان بدر ...»: an unknown name right after the office phrase
            j = i
            while j < n and j - i < 4 and toks[j].word and not spans.get(j) and toks[j].key not in _STOP:
                j += 1
            # («رئیس العلمای بوسنی حسین افندی کاوازوویچ»: after an office and its state, a known given
            # name and a surname no dictionary has)
            if j - i >= 2 and (_name_like(toks, spans, i, j) or m.countries and lexicon().given_name(toks[i].text)
                               and not _ordinary(toks[j - 1].text)) and (j >= n or not toks[j].word
                                                                         or toks[j].key in _STOP):
                m.name = " ".join(x.text for x in toks[i:j])
                i = j
                consumed = True
                continue
        if t.key == key("و") and m.role in _DOUBLE_HATS and not m.plural and not m.counterpart and i + 1 < n \
                and (sp2 := spans.get(i + 1)) is not None and sp2.has("office") \
                and sp2.get("office").canon in _DOUBLE_HATS and sp2.get("office").canon != m.role:
            # «حسن کاظمی قمی، سفیر و نماینده ویژه ایران در افغانستان», «میخائیل باگدانف معاون وزیر خارجه و
            # نماینده ویژه رئیس جمهور روسیه»: one man's two offices
            second, after = _parse_chain(toks, spans, i + 1, n)
            if second is not None and not second.name and second.role in _DOUBLE_HATS and len(second.countries) == 1 \
                    and second.countries[0] not in (TWO_STATES, THESE_STATES, PREVIOUS_COUNTRY) \
                    and not (after < n and (toks[after].text == "«" or spans.get(after) and spans[after].has("person"))):
                m.countries = m.countries or second.countries
                i = m.end_of_role = after
                continue
        break
    if not consumed:
        return None, i
    m.end = i
    if m.name is None and m.role is None and not m.counterpart:
        return None, i
    # «X Y وزیر خارجه Z»: an unknown name right before the office phrase
    if m.role and not m.name and not m.plural:
        j = m.start
        if j > 2 and toks[j - 1].text in "،," and (toks[j - 2].word or toks[j - 2].text == "»"):
            j -= 1  # «با زیاد علی فاضل، وزیر برق عراق», «الکسی دیدوف»، سفیر ...
        a = j
        inside = {k for sp in spans.values() if sp.j - sp.i > 1 for k in range(sp.i + 1, sp.j)}
        # «فهد بن محمود آل سعید»: Arabic names are longer by their particles
        longest = 4 + sum(1 for t in toks[max(0, j - 6):j] if t.key in _NAME_PARTICLES)
        while a > 0 and j - a < longest and toks[a - 1].word and toks[a - 1].key not in _STOP | _CREDENCE \
                and a - 1 not in inside \
                and (not spans.get(a - 1) or _place_word_in_name(toks, spans, a - 1, j)):
            a -= 1
        after_trigger = any(sp.j == a and sp.has("trigger") for sp in spans.values())  # «میزبان X رهبر ...»
        # «ملانوری استاندار جدید ...»: one word no dictionary has is a surname too
        lone_surname = j - a == 1 and len(toks[a].text) >= 5 and word_frequency(toks[a].text) is None \
            and not _inflected_word(toks[a].text)
        # «با امیلیا سایز، دبیرکل ...»: between «با» and a comma before the office, words are a name
        apposed = j < m.start and a > 0 and toks[a - 1].key == key("با") and 2 <= j - a <= 3
        if (j - a >= 2 or lone_surname) and not spans.get(a) and (
                lone_surname or apposed or _name_before_office(toks[a:j]) or after_trigger and _name_like(toks, spans, a, j)) \
                and (a == 0 or toks[a - 1].key in _PREPS | _COORD | _CREDENCE | _CONNECTIVES | _HEADED_BY | _PRESENCE
                     | _BETWEEN | {key("که")}  # («در ملاقات بین ایرج مسجدی سفیر ...»)
                     or toks[a - 1].key in _DAYTIME | _TIME_WORDS  # («چهارشنبه شب محمد عبدالله مبارک الصباح فرستاده ...»)
                     or a >= 2 and [t.key for t in toks[a - 2:a]] in _ARRANGED_OPENINGS  # («قرار است کلود بارتلون رئیس ...»)
                     or not toks[a - 1].word or after_trigger):
            m.name = " ".join(x.text for x in toks[a:j])
            m.start = a
        elif j - a == 1 and not spans.get(a) and (a == 0 or toks[a - 1].key in _PREPS | _COORD or not toks[a - 1].word):
            m.lone_word = toks[a].text  # a surname only if the article gave the full name before
        elif toks[j - 1].text == "»":
            # «الکسی دیدوف»، سفیر ...: a quoted name, a comma, the office
            a = j - 1
            while a > 0 and j - a <= 6 and toks[a - 1].text != "«":
                a -= 1
            inner = toks[a:j - 1]
            # (a month's name inside a name is still a name: «استفان دی میستورا»)
            if a > 0 and 1 <= len(inner) <= 5 and all(x.word for x in inner) and not any(
                    spans.get(k) and spans[k].has("person", "office", "country", "org", "trigger") for k in range(a, j - 1)):
                m.name = " ".join(x.text for x in inner)
                m.start = a - 1
    if m.role and (lex.offices.get(m.role, set()) & {"nonprincipal"} or key(m.role.split()[0]) in _SPOKESMAN) \
            and not (m.role.split()[0] == "سخنگو" and m.name_from_table):  # (also «سخنگوی وزارت داخله طالبان»)
        # (not «محمد عبدالسلام سخنگوی انصارالله», whom the table lists: a movement's envoy)
        m.media = True
    if m.role and not m.name and m.start > 0 and toks[m.start - 1].key == key("یک"):
        m.media = True  # «یک عضو کمیسیون ... خبر داد»: an unnamed source, no one identifiable
    return m, i


def _place_word_in_name(toks: list[Token], spans: dict[int, Span], k: int, office: int) -> bool:
    """«دیوید کامرون نخست‌وزیر انگلیس»: a surname spelt like a country or city (کامرون, پاریس),
    right before the office and after a given name that is no gazetteer word."""
    sp = spans.get(k)
    if sp and sp.j == k + 1 < office and sp.has("jmonth", "gmonth") and not sp.has("office", "person", "org") \
            and k > 0 and toks[k - 1].word and not toks[k - 1].text.isdigit() and not spans.get(k - 1):
        return True  # «مایکل دی هیگینز»: a month's name with no day number is a name's word
    if sp and sp.j == k + 1 == office and sp.has("weekday") and k > 1 and toks[k - 1].word \
            and not spans.get(k - 1) and toks[k - 1].key not in _STOP | _WHEN_WORDS and toks[k - 2].key == _BA:
        return True  # «با دلیر جمعه، وزیر انرژی تاجیکستان»: a weekday's name as a surname
    if sp and sp.j == k + 1 == office and sp.has("adj") and not sp.has("office", "person", "org", "trigger") \
            and k > 0 and not spans.get(k - 1) and lexicon().given_name(toks[k - 1].text):
        return True  # «با محمد ایرانی سفیر ایران»: a surname that is a state's adjective, after a given name
    return bool(sp and sp.j == k + 1 == office and sp.has("country", "city")
                and not sp.has("office", "person", "org", "trigger") and k > 0 and toks[k - 1].word
                and not spans.get(k - 1) and toks[k - 1].key not in _STOP)


_INSTITUTIONS = {key(w) for w in ("وزارتخانه", "وزارت", "سازمان", "نهاد", "اداره", "شرکت", "بانک", "دانشگاه", "استان")}
_TITLE_WORDS = {key(w) for w in ("دبیر", "معاون", "مشاور", "دستیار", "نماینده", "مدیرکل", "مدیرعامل", "رئیس", "وزیر", "سفیر",
                                   "فرمانده", "فرستاده", "مدیر", "نخست‌وزیر", "سخنگوی", "عضو", "تولیت")}


def _quote_after_meeting_noun(toks: list[Token], spans: dict[int, Span], i: int) -> bool:
    """«از دیدار «خلیل حقانی» و «حسن کاظمی قمی» خبر داد»: quoted names right after the meeting noun,
    the first or the one after «و»."""
    def after_trigger(k: int) -> bool:
        return k > 0 and toks[k - 1].key in _MEETING_NOUNS and any(
            sp.j == k and sp.has("trigger") for sp in spans.values())
    if after_trigger(i):
        return True
    if i > 2 and toks[i - 1].key in _COORD and toks[i - 2].text == "»":
        opening = next((k for k in range(i - 3, max(-1, i - 9), -1) if toks[k].text == "«"), None)
        return opening is not None and after_trigger(opening)
    return False


def _title_follows(toks: list[Token], i: int, close: int) -> bool:
    """«با «ایگور ایوانف» دبیر سابق امنیت ملی روسیه»: a quoted name after «با», then a title
    the gazetteer may not know in full; or a quoted name opening the sentence, with «با» a few
    words on («"فردوس عاشق اعوان" روز چهارشنبه در اسلام‌آباد با ...»)."""
    if i == 0:
        return close + 1 < len(toks) and toks[close + 1].key not in _TITLE_WORDS \
            and any(t.key == _BA for t in toks[close + 1:close + 7])
    if close + 1 >= len(toks) or toks[close + 1].key not in _TITLE_WORDS:
        return False
    # («از سفر «نیکولای اسپاسکی» معاون روس اتم خبر داد»: two or three words, a surname no dictionary has)
    return toks[i - 1].key == _BA or 2 <= close - i - 1 <= 3 and not _ordinary(toks[close - 1].text)


def _inflected_word(word: str) -> bool:
    """«برنامههای» («برنامه‌های» without its ZWNJ), «دیدارش»: a dictionary word made plural or
    possessive, no surname."""
    for suffix in ("هایی", "های", "ها"):  # («شخصیتهایی»)
        if word.endswith(suffix) and word_frequency(word[: -len(suffix)].rstrip("\u200c")) is not None:
            return True
    # «تحولات»: an Arabic plural of a common word («عرفات» is a name: «عرف» is not that common)
    if word.endswith("ات") and (word_frequency(word[:-2]) or 0) >= 1_000_000:
        return True
    # «ظریف دیدارش با بشار اسد را ... ارزیابی کرد»: a common noun with «his», no surname either
    return any(word.endswith(suffix) and len(stem := word[: -len(suffix)].rstrip("\u200c")) >= 3
               and ((word_frequency(stem) or 0) >= 1_000_000 or key(stem) in _TALK) for suffix in ("شان", "ش"))


_NOT_A_SURNAME = _STOP | _AFTER_NAME | _VERB_WORDS | _TITLE_WORDS


def _surname_next(toks: list[Token], spans: dict[int, Span], k: int) -> bool:
    """Word k could end a name: no gazetteer word, function word, verb or title, and no very common
    word («حیدری», not «گفت» or «روز»)."""
    t = toks[k]
    return t.word and not spans.get(k) and len(t.text) >= 3 and t.key not in _NOT_A_SURNAME \
        and (word_frequency(t.text) or 0) < 1_000_000


def _office_at(spans: dict[int, Span], i: int) -> bool:
    sp = spans.get(i)
    return bool(sp and sp.has("office"))


def _topic_only(sp: Span) -> bool:
    """A span that only names a topic («سرمایه‌گذاری»): words that may still belong to an office."""
    return all(e.kind == "topic" for e in sp.entries)


_OFFICE_HEADS = ("رئیس", "وزیر")
_SUPREME = {key(w) for w in ("اعلای", "اعلی")}


def _coordinated_offices(toks: list[Token], spans: dict[int, Span], i: int, n: int, m: Mention) -> int:
    """«روسای مجلس و دستگاه قضایی», «وزیران کشور و خارجه»: the plural head word serves each office listed
    (a portfolio no gazetteer has, «وزیران کار و دارایی عراق», only before the state)."""
    head = m.role.split()[0]
    if head not in _OFFICE_HEADS:
        return i
    lex = lexicon()
    offices, k = [m.role], i
    listed = (1, i)  # how many offices, and where they end, before the first unlisted portfolio
    while k + 1 < n and toks[k].key in _COORD:
        found = None
        for j in range(min(n, k + 4), k + 1, -1):  # the longest office «head + words»
            words = toks[k + 1:j]
            if all(t.word for t in words):
                entry = next((e for e in lex.phrases.get(key(" ".join([head, *(t.text for t in words)])), ())
                              if e.kind == "office" and not e.data[0]), None)
                if entry is not None:
                    found = (entry.canon, j)
                    break
        unlisted = found is None
        if unlisted and head == "وزیر" and toks[k + 1].word and not spans.get(k + 1) \
                and toks[k + 1].key not in _STOP | _QUAL_STOP | _SEPARATE:
            found = (respell(f"{head} {toks[k + 1].text}"), k + 2)
        if found is None or found[0] in offices:
            break
        offices.append(found[0])
        k = found[1]
        if not unlisted and listed[0] == len(offices) - 1:
            listed = (len(offices), k)
    if not (spans.get(k) and spans[k].has("country")):
        offices, k = offices[:listed[0]], listed[1]
    if len(offices) > 1:
        m.offices = offices
        return k
    return i


_BRANCH_HEADS = ("رئیس‌جمهور", "رئیس مجلس", "رئیس قوه قضاییه")  # Iran's three branches («سران قوا»)


def _three_branches_end(toks: list[Token], i: int) -> int:
    """Where «قوا» / «سه قوه» after «سران» ends (0 if it is not there)."""
    if i < len(toks) and toks[i].key == key("قوا"):
        return i + 1
    if i + 1 < len(toks) and toks[i].key == key("سه") and toks[i + 1].key in (key("قوه"), key("قوا")):
        return i + 2
    return 0


_THIS_COUNTRY_JOINED = {key("اینکشور"), key("آنکشور")}


_LOCALITIES = {key(w) for w in ("استان", "ولایت", "شهر", "شهرستان")}


_ENVOY_OFFICES = {"نماینده ویژه", "فرستاده ویژه"}


def _envoy_base(role: str) -> str:
    """A special envoy's office without his brief: «نماینده ویژه در امور افغانستان» → «نماینده ویژه»."""
    return next((o for o in _ENVOY_OFFICES if role.startswith(o + " ")), role)


def _envoy_brief(toks: list[Token], spans: dict[int, Span], i: int, m: "Mention") -> int:
    """«نماینده ویژه چین در امور افغانستان», «... برای صلح افغانستان»: a special envoy's brief is part of
    his office (not where he is, nor his state); where the mention goes on."""
    n = len(toks)
    if m.role not in _ENVOY_OFFICES or m.plural or i + 1 >= n or m.start > 0 and toks[m.start - 1].key == key("و"):
        return i  # (not a second office in apposition: «معاون وزیر خارجه و نماینده ویژه ...»)
    if toks[i].key == key("در") and toks[i + 1].key == key("امور"):
        k = i + 2
    elif toks[i].key == key("برای"):
        k = i + 1
    else:
        return i
    j, last_named = k, None
    while j < n and j - k < 3 and toks[j].word and toks[j].key not in _STOP | _QUAL_STOP \
            and not ((sp := spans.get(j)) is not None and sp.has("person", "office", "trigger", "city")):
        if spans.get(j):
            last_named = j = spans[j].j
        else:
            j += 1
    if last_named is not None:
        j = last_named  # (the brief ends at the state, region or issue it names: not «... افغانستان تعیین شد»)
    elif j < n and toks[j].word and toks[j].key not in _STOP | _QUAL_STOP:
        return i
    if j == k:
        return i
    m.role = respell(" ".join([m.role, *(t.text for t in toks[i:j])]))
    return j


def _this_country(toks: list[Token], j: int) -> int:
    """How many tokens at j say «this/that country» (the state last named): «این کشور», «آن کشور» (2),
    or the same printed as one word, «آنکشور» (1); else 0."""
    if j + 1 < len(toks) and toks[j].key in (key("این"), key("آن")) and toks[j + 1].key == key("کشور"):
        return 2
    return 1 if j < len(toks) and toks[j].key in _THIS_COUNTRY_JOINED else 0


def _other_leader(toks: list[Token], spans: dict[int, Span], i: int, m: Mention) -> int:
    """«رهبر دینی ارامنه حوزه سیلیسی», «رهبر مسیحیان»: with no state or body after it, a church's or
    a faction's leader, not Iran's («رهبر» alone): the word is kept in his office."""
    if m.role == "رهبر" and not m.plural and not m.countries and i < len(toks) and toks[i].key in _OTHER_LEADERS \
            and not spans.get(i):
        m.role = respell(f"رهبر {toks[i].text}")
        return i + 1
    return i


def _qualifier(toks: list[Token], spans: dict[int, Span], i: int, n: int, m: Mention) -> int:
    """Country/organisation after an office: «رئیس‌جمهور روسیه», «وزرای خارجه ایران و عمان»."""
    while i < n and toks[i].key in _OFFICE_MODIFIERS:
        m.former = m.former or toks[i].key in _FORMER
        i += 1  # «استاندار جدید», «سفیر سابق»
    if m.plural and i + 2 < n and toks[i].text in "،," and (sp := spans.get(i + 1)) is not None \
            and sp.has("country") and sp.j < n and toks[sp.j].key in _COORD:
        i += 1  # «با وزرای خارجه، چین، روسیه، بلاروس و ...»: a stray comma before the list of states
    if not m.plural and not m.countries and m.role and i < n and toks[i].key == key("اروپا") and not spans.get(i):
        m.countries.append("اتحادیه اروپا")  # «نماینده ویژه اروپا»: the Union's (not «مدیرکل غرب اروپا»)
        return i + 1
    if not m.plural and not m.countries and m.role and (seat := _parliament_seat(toks, spans, i, m.role)):
        # «رئیس کمیسیون کشاورزی مجلس», «نماینده مردم تبریز در مجلس»: a member's seat, as written
        role_end, state, i = seat
        m.role = respell(" ".join([m.role, *(t.text for t in toks[m.end_of_role:role_end])]))
        m.countries.append(state)
        return i
    if m.plural and m.role and " " in m.role and not m.offices:
        i = _coordinated_offices(toks, spans, i, n, m)
    if not m.plural and not m.countries and i < n and toks[i].key == key("ما") and m.role:
        m.countries.append("ایران")  # «نماینده ویژه ما در امور یمن»: an Iranian spokesman's «our»
        i += 1
    if m.plural and m.role == "رئیس" and not m.countries and (k := _three_branches_end(toks, i)):
        m.offices, m.countries, m.joint = list(_BRANCH_HEADS), ["ایران"], True  # «سران قوا», «سران سه قوه»
        return k
    if m.plural and m.role == "وزیر" and not m.countries:
        # «با وزرای محیط زیست مالزی، چین و کنیا»: a portfolio no table lists, then the states
        k = i
        while k < n and k - i < 3 and toks[k].word and not (spans.get(k) and not spans[k].has("topic")) \
                and toks[k].key not in _STOP | _QUAL_STOP:
            k += 1
        if k > i and (sp := spans.get(k)) is not None and sp.has("country") and not sp.has("office", "person"):
            m.role, i = respell(" ".join(["وزیر", *(t.text for t in toks[i:k])])), k
    while True:
        j = i
        if (words := _this_country(toks, j)):
            m.countries.append(PREVIOUS_COUNTRY)  # «رئیس‌جمهور این کشور»: the country last named
            return j + words
        if m.role in _LOCAL_OFFICES and not m.countries and j + 1 < n and toks[j].key in (key("این"), key("آن")) \
                and toks[j + 1].key in _LOCALITIES:
            m.countries.append(PREVIOUS_PLACE)  # «والی این ولایت»: the state of the place last named
            return j + 2
        if m.plural and not m.countries and j + 3 < n and toks[j].key == key("هر") and toks[j + 1].key == key("کدام") \
                and toks[j + 2].key == key("از") and toks[j + 3].key == key("این") and toks[j + 4:j + 5] \
                and toks[j + 4].key in (key("کشورها"), key("کشور‌ها")):
            m.countries.append(THESE_STATES)  # «با روسای جمهور ... هر کدام از این کشورها»
            return j + 5
        if m.plural and not m.countries and j + 1 < n and toks[j].key in _ANAPHOR \
                and toks[j + 1].key in (key("کشورها"), key("کشور‌ها")):
            m.countries.append(THESE_STATES)  # «سفرای این کشورها»
            return j + 2
        if m.plural and not m.countries and j == m.end_of_role and m.start > 0 and toks[m.start - 1].key in _ANAPHOR \
                and (j >= n or not spans.get(j) or not spans[j].has("country", "adj", "org", "city")):
            m.countries.append(THESE_STATES)  # «این سفرا» after «سفرای یونان، اتریش و کرواسی ...»: the states listed
        # «وزرای خارجه دو کشور با یکدیگر دیدار کردند»: the two states the article named last (only
        # with «با یکدیگر» or a plural verb of meeting or talks: elsewhere «دو کشور» is too loose a hint,
        # measured on a held-out set)
        if m.plural and not m.countries and j + 1 < n and toks[j].key == key("دو") and toks[j + 1].key == key("کشور") \
                and (_reciprocal(toks, j) or m.role in _HEADS and _after_meeting_noun(toks, m.start)):
            # («در دیدار اخیر روسای جمهور دو کشور»: their heads, right after the meeting word)
            m.countries.append(TWO_STATES)
            return j + 2
        if m.plural and not m.countries and j == i and i >= 2 and toks[i - 2].key == key("دو") and _reciprocal(toks, j):
            m.countries.append(TWO_STATES)  # the office says it: «روسای دو مجلس»
            return i
        if m.plural and not m.countries and j + 2 < n and toks[j + 1].key == key("کشور") \
                and (toks[j].text.isdigit() or toks[j].key in _DURATION_NUMBERS) and toks[j].key != key("دو"):
            j += 1  # «روسای جمهور سه کشور سوریه، عراق و لبنان»: the number goes before the list
        if j < n and toks[j].key in (key("کشور"), key("کشورهای"), key("جمهوری"), key("دولت")) and not spans.get(j):
            j += 1  # («وزیر آموزش دولت پاکستان»)
            if toks[j - 1].key == key("دولت") and (style := next(
                    (k for k in (j + 1, j + 2) if k < n and all(t.key in _GOVERNMENT_STYLES for t in toks[j:k])
                     and (sp := spans.get(k)) is not None and sp.has("country")), None)):
                j = style  # («وزیر امور خارجه دولت نجات ملی یمن»: the government's style, then its state)
            if m.plural and toks[j - 1].key == key("کشورهای") and m.role != "رئیس":  # («سران»: _leaders_of_listed_states)
                # «وزرای خارجه کشورهای شرکت کننده از جمله پاکستان، هند و ...»: those among them named
                among = next((k for k in range(j, min(n - 1, j + 5)) if toks[k].key == key("جمله")
                              and toks[k - 1].key == key("از") and (sp := spans.get(k + 1)) is not None
                              and sp.has("country")), None)
                if among is not None and all(t.word for t in toks[j:among]):
                    j = among + 1
            if toks[j - 1].key == key("کشور") and not m.plural and not m.countries and j == i + 1 \
                    and (j == n or toks[j].key in _COORD or toks[j].text in "،,."):
                return j  # «محمد اشرف غنی رئیس جمهوری کشور و ...»: the home state's (a listed name knows which)
        if j + 1 < n and toks[j].key == key("اسلامی") and (toks[j - 1].key == key("جمهوری") and spans.get(j + 1)
                                                         or (sp := spans.get(j + 1)) and sp.has("country")):
            j += 1  # «رئیس جمهوری اسلامی ایران»: the office took «جمهوری» (or it was left out: «رئیس جمهور اسلامی ایران»)
        elif j + 1 < n and toks[j - 1].key in (key("جمهوری"), key("جمهور")) and toks[j].key in _REPUBLIC_KINDS \
                and (sp := spans.get(j + 1)) is not None and sp.has("country"):
            j += 1  # «رئیس جمهوری خلق چین», «رئیس جمهوری عربی سوریه», «رئیس جمهور مردم چین» (Dari): the state's style
        sp = spans.get(j)
        place_word = None
        if m.role in _LOCAL_OFFICES and sp is None and j + 1 < n and toks[j].key in _PLACE_WORDS \
                and (nxt := spans.get(j + 1)) is not None and nxt.has("province", "city"):
            place_word, sp = toks[j].text, nxt  # «شهردار کلانشهر رشت», «فرماندار شهرستان خوی»
        if m.role in _LOCAL_OFFICES and not m.countries and sp is None and j + 1 < n and toks[j].word \
                and toks[j].key not in _STOP | _QUAL_STOP:
            # «استاندار ماری جمهوری ترکمنستان», «استاندار بالکان ترکمنستان»: a place no gazetteer has, its state
            # (after a place word too: «استاندار استان واسط عراق»)
            at = j + (toks[j].key in _PLACE_WORDS and j + 2 < n and toks[j + 1].word and not spans.get(j + 1)
                      and toks[j + 1].key not in _STOP | _QUAL_STOP)
            k = at + 1 + (toks[at + 1].key == key("جمهوری"))
            if k < n and (sp2 := spans.get(k)) is not None and sp2.has("country") and not sp2.has("office", "person"):
                m.role = f"{m.role} {toks[at].text}"
                m.countries.append(sp2.get("country").canon)
                return sp2.j
        if m.role == _LEADERS_REPRESENTATIVE and not m.plural and not m.countries:
            end = _representative_seat(toks, spans, j)
            if end > j:
                # «نماینده ولی فقیه در استان گلستان (و امام جمعه گرگان)»: one cleric's seat, as written
                m.role = respell(" ".join([m.role, *(t.text for t in toks[j:end])]))
                m.countries.append("ایران")
                return end
        if m.role in _LOCAL_OFFICES and m.plural and _local_place(toks, spans, j):
            # «استانداران قم و گیلان», «استانداران هرمزگان، فارس و قزوین»: the holders of that office in each place
            k = j
            while (place := _local_place(toks, spans, k)) is not None:
                m.places.append(place[:2])
                j = place[2]
                if not (j + 1 < n and toks[j].key in _COORD):
                    break
                k = j + 1
                if k + 1 < n and toks[k].word and not spans.get(k) and toks[k].key not in _STOP | _QUAL_STOP \
                        and (sp2 := spans.get(k + 1)) is not None and sp2.has("country") and not sp2.has("office", "person"):
                    # «استانداران ایلام و واسط عراق»: the last a place no gazetteer has, then its state
                    m.places.append((toks[k].text, sp2.get("country").canon))
                    return sp2.j
            return j
        if m.role in _LOCAL_OFFICES and not m.countries and sp is None and j < n and toks[j].key in _BARE_PROVINCES:
            # «استاندار فارس»: provinces whose bare names are also other things (the agency, Iraq's region)
            m.role = f"{m.role} {toks[j].text}"
            m.countries.append("ایران")
            return j + 1
        if m.role in _LOCAL_OFFICES and not m.countries and sp is None and j + 1 < n and toks[j].word \
                and toks[j].key not in _STOP | _QUAL_STOP | _OFFICE_MODIFIERS | _VERB_WORDS:
            # «استاندار اوش کشور قرقیزستان», «شهردار ماگیلف بلاروس»: a town no gazetteer has, then its state
            k = j + 1 + (toks[j + 1].key == key("کشور"))
            if k < n and (land := spans.get(k)) is not None and land.has("country") \
                    and not land.has("office", "person", "org", "adj"):
                m.role = f"{m.role} {toks[j].text}"
                m.countries.append(land.get("country").canon)
                return land.j
        # «استاندار مازندران» (a province of Iran), «استاندار بغداد» (the city's state): the office
        # as stated keeps its place
        if sp and sp.has("province", "city") and not sp.has("country", "org", "adj") and m.role in _LOCAL_OFFICES:
            m.countries.append(sp.get("city").data[0] if sp.has("city") else "ایران")
            m.role = " ".join([m.role, *([place_word] if place_word else []), _place_name(toks, sp)])
            return sp.j
        if sp and sp.has("country", "org", "adj") and not _another_agency(toks, spans, sp):
            e = sp.get("country") or sp.get("org") or sp.get("adj")
            if e.kind == "org" and e.data and e.data[0] == "media":
                m.media = True
            m.countries.append(e.canon)
            i = sp.j
            if e.kind == "org" and (land := spans.get(i)) is not None and land.has("country") \
                    and not land.has("office", "person", "org"):
                i = land.j  # «سخنگوی جنبش انصارالله یمن»: the movement, then its land
            if m.plural and i + 1 < n and toks[i].key in _COORD:
                k = i + 1 + (i + 2 < n and toks[i + 1].key in _COORD)  # («ایران، و کرواسی»)
                if k + 1 < n and toks[k].key == key("جمهوری") and not spans.get(k):
                    k += 1  # «روسای جمهوری اسلامی ایران و جمهوری قزاقستان»
                nxt = spans.get(k)
                if nxt and nxt.has("country", "org", "adj"):
                    i = k
                    continue
            if not m.plural and not m.name and len(m.countries) == 1 and e.kind == "country" \
                    and i + 1 < n and toks[i].key in _COORD:
                # «وزیر امور خارجه ایران و آمریکا», «با وزیر خارجه کانادا، استرالیا و چین»: one office,
                # several states = their office-holders
                k, more = i, []
                while k + 1 < n and toks[k].key in _COORD:
                    nxt = spans.get(k + 1)
                    if not (nxt and nxt.has("country") and not nxt.has("office", "person")) \
                            or nxt.get("country").canon in m.countries + more or _office_at(spans, nxt.j):
                        break
                    more.append(nxt.get("country").canon)
                    k = nxt.j
                if more and (toks[i].key == key("و") or toks[k - 1].key != key("،")) \
                        and any(toks[x].key == key("و") for x in range(i, k)):
                    m.plural = True
                    m.countries += more
                    return k
            return i
        sp3 = None
        if not m.countries and not m.plural and i + 1 < n and _glued_and(toks[i].text):
            sp3 = spans.get(i + 1)  # «وجنگلداری»
        elif not m.countries and not m.plural and i + 2 < n and toks[i].key == key("و"):
            k = i + 1  # «وزیر کشاورزی و جنگلداری ترکیه», «وزیر کار و امور اجتماعی افغانستان»
            # («وزیر بازرگانی و سرمایه‌گذاری خارجی عراق»: a topic word in the portfolio)
            while k < n and k - i <= 2 and toks[k].word and not (spans.get(k) and not _topic_only(spans[k])) \
                    and toks[k].key not in _STOP - {key("امور")}:
                k += 1
            sp3 = spans.get(k) if k > i + 1 else None
            if k > i + 1 and k + 2 < n and toks[k].key in _COORD \
                    and _office_at(spans, k + 1 + (toks[k + 1].key in _ALSO)) and (m.role or "").startswith("وزیر") \
                    and all(_ordinary(t.text) for t in toks[i + 1:k]) \
                    and not (m.name and toks[k].key == key("،")):  # «عراقچی، وزیر امور خارجه و چو هیون، وزیر ...»: a name
                # «با وزیر تجارت و صنایع (و همچنین) وزیر کشاورزی اوگاندا»: the portfolio goes on, then the list
                if m.role_text:
                    m.role_text = " ".join([m.role_text, *(t.text for t in toks[i:k])])
                return k
        if sp3 is not None and sp3.has("country") and not sp3.has("office", "person"):
            # a ministry with a longer name, then its state
            m.countries.append(sp3.get("country").canon)
            return sp3.j
        if m.plural and m.role == "وزیر" and not m.countries:
            # «با وزیران کار و دارایی عراق»: ministers of two or more ministries of one state
            k, words = i, []
            while k < n and k - i < 7 and toks[k].word and not spans.get(k):
                if toks[k].key != key("و"):
                    words.append(toks[k].text)
                k += 1
            sp4 = spans.get(k)
            if 2 <= len(words) <= 4 and k - i == 2 * len(words) - 1 and sp4 is not None and sp4.has("country") \
                    and all(toks[x].key == key("و") for x in range(i + 1, k, 2)):
                m.offices = [f"وزیر {w}" for w in words]
                m.countries.append(sp4.get("country").canon)
                return sp4.j
        if not m.countries and not m.plural and (m.role in _GENERIC_HEADS or i < n and toks[i].key in _SUPREME):
            # («رئیس مجلس اعلای شیعیان لبنان»: another body than the parliament, its words then its state)
            # «رئیس کمیته دفاعی دومای روسیه», «سفیر جدید ژاپن»: a few words, then the country
            k = i
            ministry = i < n and toks[i].key == key("وزارت")  # «سرپرست وزارت کار و امور اجتماعی حکومت طالبان»
            while k < n and k - i < (8 if ministry else 5) and toks[k].word and not (
                    spans.get(k) and spans[k].has("office", "person", "trigger", "honorific", "pronoun")
                    and not _sovereign_of_state(spans, k, i)):
                sp2 = spans.get(k)
                if _sovereign_of_state(spans, k, i):
                    k = sp2.j  # «وزیر امور دیوانی سلطان عمان»: an office of the sovereign's court, then his state
                    continue
                this_country = k > i and bool(_this_country(toks, k))  # «رئیس شورای عالی قضایی این کشور»
                # («رییس اتاق بازرگانی و صنایع ترکمنستان»: «و» inside a body's name)
                and_inside = toks[k].key == key("و") and k > i and k + 1 < n and toks[k + 1].word \
                    and not (spans.get(k + 1) and not spans[k + 1].has("topic"))  # («توسعه اقتصادی و تجارت»)
                if toks[k].key in _QUAL_STOP and not this_country \
                        and not ((ministry or and_inside) and toks[k].key == key("و")):
                    break
                if sp2 and sp2.has("country", "org", "adj") and not _another_agency(toks, spans, sp2) or this_country:
                    e = (sp2.get("country") or sp2.get("org") or sp2.get("adj")) if sp2 else None
                    if e is not None and e.kind == "org" and e.data and e.data[0] == "media":
                        return i
                    extra = [t.text for t in toks[i:k] if t.key not in _OFFICE_MODIFIERS]
                    if extra and key(extra[-1]) in (key("کشور"), key("جمهوری")):
                        extra.pop()  # «فرمانده ارشد نیروی دریایی کشور هند»: the state's, not part of the office
                    if extra:
                        m.role = respell(m.role + " " + " ".join(extra))
                        # («سرپرست جدید سفارت»: an office the gazetteer knows, once its adjective is left out)
                        m.role = next((e.canon for e in lexicon().phrases.get(key(m.role), ())
                                       if e.kind == "office" and not e.data[0]), m.role)
                    m.countries.append(e.canon if e is not None else PREVIOUS_COUNTRY)
                    return sp2.j if e is not None else k + 2
                if sp2 and sp2.has("city") and k > i and m.role in _BODY_HEADS and not sp2.has("person") \
                        and key(" ".join(t.text for t in toks[sp2.i:sp2.j])) in _city_names():
                    # «رئیس دانشگاه شیراز», «رئیس اتاق بازرگانی تبریز»: a body named by its city, in that state
                    m.role = respell(" ".join([m.role, *(t.text for t in toks[i:sp2.j])]))
                    m.countries.append(sp2.get("city").data[0])
                    return sp2.j
                if sp2 and sp2.has("province") and k > i and m.role in _BODY_HEADS \
                        and not sp2.has("country", "person", "org"):
                    # «مدیرعامل شرکت آب منطقه‌ای آذربایجان شرقی», «رئیس اتاق بازرگانی خراسان رضوی»: a province's
                    m.role = respell(" ".join([m.role, *(t.text for t in toks[i:sp2.j])]))
                    m.countries.append("ایران")
                    return sp2.j
                k = sp2.j if sp2 else k + 1
            if m.role == "وزیر" and 1 <= k - i <= 2 and not any(spans.get(x) for x in range(i, k)) and k + 1 < n \
                    and (toks[k].text in "،," or toks[k].key == key("و") and _office_at(spans, k + 1)):
                # «با نخست وزیر، وزیر دارایی، رئیس کل بانک مرکزی ... عراق»: a portfolio no table lists, in a list
                m.role = respell(" ".join([m.role, *(t.text for t in toks[i:k])]))
                return k
            if m.name and m.role in _BODY_HEADS and 1 <= k - i <= 5 and _plain_words(toks, spans, i, k, _VERB_WORDS) \
                    and (k == n or not toks[k].word or toks[k].key in _QUAL_STOP):
                # «سید احمد موسوی رئیس سازمان حج و زیارت در این دیدار»: the body he heads, as written
                m.role = respell(" ".join([m.role, *(t.text for t in toks[i:k])]))
                return k
            if not m.name and not m.plural and m.role in _BODY_HEADS and 2 <= k - i <= 5 and toks[i].key in _BODIES \
                    and _plain_words(toks, spans, i, k, _NO_NATIONAL_BODY) \
                    and (k == n or not toks[k].word or toks[k].key in _QUAL_STOP or spans.get(k) and spans[k].has("trigger")) \
                    and (m.start == 0 or _met_in_place(toks, spans, m.start, k)) \
                    and not any((sp3 := spans.get(x)) is not None and sp3.has("country", "adj", "org")
                                for x in range(k, _counterpart_side(toks, spans, k, min(n, k + 10)))):
                # «رئیس کمیته ملی المپیک با سفیر یونان دیدار کرد»: a body no table lists, no state named with
                # it or just after, and not a world body, is the country's own («... کشور»: national); only
                # the sentence's opening subject or the one met right before the meeting word (never one of a
                # list, whose last state the others share)
                words = [t.text for t in toks[i:k]]
                if key(words[-1]) == key("کشور"):
                    words.pop()
                m.role = respell(" ".join([m.role, *words]))
                m.countries.append("ایران")
                return k
        return i


_LEADERS_REPRESENTATIVE = "نماینده ولی فقیه"
_FRIDAY_IMAM = "امام جمعه"


_PARLIAMENT_BODIES = {key(w) for w in ("کمیسیون", "کمیته", "فراکسیون", "گروه")}
_CHAMBERS = {key(w) for w in ("مجلس", "پارلمان", "دوما", "دومای", "کنگره", "سنا", "سنای")}
_MEMBERS = ("عضو", "نماینده مردم")  # offices that name the body or the seat after them


def _parliament_seat(toks: list[Token], spans: dict[int, Span], i: int, role: str) -> tuple[int, str, int] | None:
    """After «رئیس»/«نایب رئیس» and a committee («کمیسیون کشاورزی، آب و منابع طبیعی مجلس»), «عضو»
    and its body, or «نماینده مردم» and a constituency («تبریز در مجلس شورای اسلامی»): where the
    office's words end, the state whose parliament it is (unqualified «مجلس»: Iran's) and where the
    mention goes on; None when no parliament closes the phrase."""
    n = len(toks)
    if role == "نماینده مردم":
        k = i
        while k < n and k - i < 6 and toks[k].key != key("در") and (toks[k].word or toks[k].text in "،,") \
                and not (spans.get(k) and not spans[k].has("city", "province")):
            k += 1
        if k == i or k + 1 >= n or toks[k].key != key("در"):
            return None
        k += 1
    elif role.split()[-1] == "رئیس" and i < n and toks[i].key in _PARLIAMENT_BODIES or role.startswith("عضو "):
        k = i
        while k < n and k - i < 9 and toks[k].key not in _CHAMBERS and (
                toks[k].word and toks[k].key not in _QUAL_STOP or toks[k].key == key("و") or toks[k].text in "،,") \
                and not (spans.get(k) and not spans[k].has("topic")):
            k += 1
    else:
        return None
    if k >= n or toks[k].key not in _CHAMBERS:
        return None
    end = k + 1
    if end + 1 < n and toks[end].key == key("شورای") and toks[end + 1].key == key("اسلامی"):
        return end + 2, "ایران", end + 2
    for j in range(end, min(n, end + 4)):
        # «مجلس نمایندگان آمریکا», «مجلس شورای ملی سوئیس»: the chamber's name, then its state
        sp = spans.get(j)
        if sp is not None and sp.has("country", "adj") and not sp.has("office", "person"):
            return j, (sp.get("country") or sp.get("adj")).canon, sp.j
        if sp is not None or not toks[j].word or toks[j].key in _QUAL_STOP:
            break
    if toks[k].key == key("مجلس") and (end == n or not toks[end].word or toks[end].key in _QUAL_STOP
                                     or (sp := spans.get(end)) is not None and sp.has("trigger")):
        return end, "ایران", end  # the unqualified «مجلس» of an Iranian agency's text
    return None


def _another_agency(toks: list[Token], spans: dict[int, Span], sp: Span) -> bool:
    """«آژانس» alone is the IAEA, but not when its name goes on («رئیس آژانس دولتی همکاری‌های روسیه»)."""
    return sp.j == sp.i + 1 and toks[sp.i].key == key("آژانس") and sp.j < len(toks) and toks[sp.j].word \
        and toks[sp.j].key not in _STOP | _QUAL_STOP | _VERB_WORDS and not spans.get(sp.j)


def _representative_seat(toks: list[Token], spans: dict[int, Span], j: int) -> int:
    """Where the seat after «نماینده ولی فقیه» ends: «در (استان) X», then the Friday-prayer office the
    same cleric holds («و امام جمعه Y»); ``j`` when no seat is written."""
    n = len(toks)
    if j + 1 < n and toks[j].key == key("و"):
        place, end = None, j  # «نماینده ولی فقیه و امام جمعه اصفهان»: no seat written before the mosque's
    elif j + 1 < n and toks[j].key == key("در"):
        k = j + 1 + (toks[j + 1].key == key("استان"))
        place = _local_place(toks, spans, j + 1) or _local_place(toks, spans, k)  # («استان گلستان» is one name)
        if place is None and k == j + 1:
            return j  # («نماینده ولی فقیه در امور حج»: no province)
        end = place[2] if place is not None else k
    else:
        return j
    if end + 1 < n and toks[end].key == key("و") and (sp := spans.get(end + 1)) is not None \
            and sp.has("office") and sp.get("office").canon == _FRIDAY_IMAM:
        end = sp.j + (sp.j + 1 < n and toks[sp.j].key in _PLACE_WORDS)  # («امام جمعه شهرستان یزد»)
        if (imam_place := _local_place(toks, spans, end)) is not None:
            end = imam_place[2]
        elif end < n and toks[end].word and not spans.get(end) and toks[end].key not in _STOP | _QUAL_STOP:
            end += 1  # «امام جمعه بیرجند»: the city's mosque, a town no gazetteer has
    elif place is None:
        return j  # «در استان» alone: the province named elsewhere
    return end


def _local_place(toks: list[Token], spans: dict[int, Span], k: int) -> tuple[str, str, int] | None:
    """A province or city at ``k`` after a local office (its name, its state, where it ends); a bare
    province name that is also another word counts here, in the office's list («فارس»)."""
    sp = spans.get(k)
    if sp is not None and sp.has("province", "city") and not sp.has("country", "org", "adj"):
        return _place_name(toks, sp), sp.get("city").data[0] if sp.has("city") else "ایران", sp.j
    if sp is None and k < len(toks) and toks[k].key in _BARE_PROVINCES:
        return toks[k].text, "ایران", k + 1
    return None


def _un_envoy(toks: list[Token], spans: dict[int, Span], i: int, n: int) -> tuple[str, int] | None:
    """«نماینده سوریه در سازمان ملل» at ``i``: a state's permanent representative (the state, the end)."""
    if i + 3 < n and toks[i].key == key("نماینده") and (c := spans.get(i + 1)) is not None and c.has("country") \
            and c.j + 1 < n and toks[c.j].key == key("در") and (un := spans.get(c.j + 1)) is not None \
            and un.has("org") and un.get("org").canon == "سازمان ملل":
        return c.get("country").canon, un.j
    return None


def _sovereign_of_state(spans: dict[int, Span], k: int, i: int) -> bool:
    """At ``k`` (inside an office's words from ``i``) a monarch's title and then a state: «سلطان عمان»."""
    sp = spans.get(k)
    return k > i and sp is not None and sp.has("office") and sp.get("office").canon in _MONARCHS \
        and (nxt := spans.get(sp.j)) is not None and nxt.has("country")


_CONFERENCE = {key(w) for w in ("ویدئوکنفرانس", "ویدیوکنفرانس", "کنفرانس", "نشست", "مجازی", "ویدئوکنفرانسی",
                                  "ویدیوکنفرانسی", "آنلاین", "جلسه")}
_ENVOYS = {"سفیر", "کاردار", "سرکنسول", "کنسول", "نماینده دائم"}


def _glued_and(word: str) -> bool:
    """«وجنگلداری»: «و» glued to the next word where a copy lost the space."""
    return len(word) > 4 and word.startswith("و") and word_frequency(word) is None and word_frequency(word[1:]) is not None


def _cleric(toks: list[Token], m: Mention) -> bool:
    """The mention opens with a cleric's title («آیت‌الله», «آیت الله», «حجت‌الاسلام»)."""
    return toks[m.start].text.startswith(("آیت", "حجت")) or m.start > 0 and toks[m.start - 1].text.startswith(("آیت", "حجت"))


def _reciprocal(toks: list[Token], i: int) -> bool:
    """«با یکدیگر» or «با هم» after token ``i``, or a plural verb of talks («... گفت‌وگو کنند») or of
    meeting («دیدار کردند», «دیداری خصوصی خواهند داشت»)."""
    return any(toks[k].key == key("یکدیگر") or k > 0 and (
        toks[k].key == key("هم") and toks[k - 1].key == _BA
        or toks[k].key in _TALKED_TOGETHER and (toks[k - 1].key in _TALK | _MET_TOGETHER or k > 1 and (
            toks[k - 2].key in _MET_TOGETHER and toks[k - 1].key in _MEETING_ADJECTIVES)))
               for k in range(i, len(toks)))


def _after_meeting_noun(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows a meeting noun, a word or two saying when between («دیدار اخیر ...»)."""
    k = i
    while k > 0 and i - k < 2 and toks[k - 1].key in _RECENT | _WHEN_WORDS:
        k -= 1
    return k > 0 and toks[k - 1].key in _MEETING_NOUNS


_TALKED_TOGETHER = {key(w) for w in ("کنند", "کردند", "می‌کنند", "خواهند", "داشتند")}
_MET_TOGETHER = _MEETING_NOUNS | {key("دیداری"), key("ملاقاتی")}


def _base_office(role: str) -> str:
    """«استاندار مازندران» → «استاندار»: a local office stated with its place."""
    return next((o for o in _LOCAL_OFFICES if role.startswith(o + " ")), role)


def _local_seat(role: str) -> list[str]:
    """«استاندار استان استانبول» → [استانبول]: the place of a local office, without place words."""
    return [key(w) for w in role[len(_base_office(role)):].split() if key(w) not in _PLACE_WORDS]


_NO_IRANIAN_PM = date(1989, 8, 3)  # the office was abolished with the 1989 constitutional revision
PREVIOUS_COUNTRY = "@previous"
PREVIOUS_PLACE = "@place"  # the state of the city or province last named
_MISSION_OFFICES = {"سفیر", "کاردار", "سرکنسول", "کنسول"}  # a foreign mission's head: the one state its sentence names
_MISSION_HEADS = {"سفیر", "کاردار"}  # (an ambassador, or the chargé who stands for him)
_CONNECTIVES = {key(w) for w in ("همچنین", "همزمان", "ضمنا", "ضمناً", "سپس")}  # «همچنین X Y، دبیرکل ...»
TWO_STATES = "@two"
THESE_STATES = "@these"  # «هر کدام از این کشورها»: the states a sentence before listed
_SUBORDINATE = {key(w) for w in ("معاون", "مشاور", "دستیار", "سخنگوی", "نماینده", "مدیرکل", "مدیرعامل", "رئیس", "دبیر",
                                  "مسئول", "فرستاده", "مدیر", "جانشین", "قائم‌مقام", "قائم", "نایب")}


def _subordinate_at(toks: list[Token], k: int) -> bool:
    """A deputy's or aide's word; Afghan «معین» (deputy minister) only before «وزارت», being a name too
    («قدرت‌الله جمال، معین وزارت صنعت و تجارت», not «مصطفی معین وزیر علوم»)."""
    return toks[k].key in _SUBORDINATE \
        or toks[k].key == key("معین") and k + 1 < len(toks) and toks[k + 1].key == key("وزارت")


def _superior_flags(role: str | None, offices: dict) -> set:
    """«دستیار وزیر امور خارجه», «معاون وزیر نفت»: a deputy or aide of an office no table lists as his own
    belongs where that office does (Iran's, when unqualified; an organisation's)."""
    words = (role or "").split()
    if len(words) < 2 or key(words[0]) not in _SUBORDINATE:
        return set()
    for j in range(1, len(words)):  # («معاون علمی و فناوری رئیس جمهور»: the office after his portfolio)
        # («معاون وزارت نیرو»: the ministry stands for its minister's office)
        office = next((e.canon for e in lexicon().phrases.get(key(" ".join(words[j:])), ())
                       if e.kind in ("office", "ministry")), None)
        if office is not None:
            return {f for f in offices.get(office, ()) if f == "iran" or f.startswith("of:")}
    return set()


def _host(m: Mention) -> bool:
    """A programme's host is never met: «در گفت‌وگو با «مهدی حسن» مجری شبکه الجزیره» is an interview."""
    return m.role == "مجری"


_PLURAL_SUBORDINATES = {key(w): one for w, one in (
    ("معاونان", "معاون"), ("معاونین", "معاون"), ("مشاوران", "مشاور"), ("دستیاران", "دستیار"),
    ("نمایندگان", "نماینده"), ("سخنگویان", "سخنگوی"))}
_GENERIC_HEADS = {"رئیس", "سرپرست", "سرپرست وزارت امور خارجه", "دبیرکل", "مدیرکل", "مدیرعامل", "وزیر", "سفیر", "نماینده ویژه", "فرستاده ویژه", "نماینده دائم",
                  "معاون وزیر امور خارجه", "قائم‌مقام وزیر امور خارجه", "معاون وزیر",  # («معاون وزیر توسعه اقتصادی لهستان»)
                  "دبیر شورای امنیت", "مشاور امنیت ملی", "کاردار", "معاون نخست‌وزیر", "معاون رئیس‌جمهور", "رهبر", "فرمانده",
                  "سخنگو", "والی"}  # («والی مسندم عمان»: a province abroad, then its state)
# heads of a body: a named head's office keeps the body's words; a body may be named by its city or province
# («رئیس دانشگاه شیراز», «فرمانده مرزبانی خوزستان»)
_BODY_HEADS = {"رئیس", "سرپرست", "مدیرکل", "مدیرعامل", "دبیرکل", "فرمانده"}
_WORLD_BODY = {key(w) for w in ("جهانی", "بین‌المللی", "بین‌الملل", "بین", "کشورهای", "کشور‌های", "منطقه‌ای", "آسیایی",
                                 "آسیا", "اروپایی")}


_NO_NATIONAL_BODY = _VERB_WORDS | _WORLD_BODY


def _deputy_of_body(toks: list[Token], spans: dict[int, Span], i: int) -> int | None:
    """«معاون سازمان ملی انرژی چین» at ``i``: a deputy of a body no table lists, then its state; where
    the state's name starts."""
    n = len(toks)
    if not (i + 2 < n and toks[i].key in _SUBORDINATE and toks[i + 1].key in _BODIES):
        return None
    state = next((k for k in range(i + 2, min(n, i + 7)) if (sp := spans.get(k)) is not None and sp.has("country")
                  and not sp.has("person", "office", "org")), None)
    return state if state is not None and state > i + 2 \
        and _plain_words(toks, spans, i + 2, state, _VERB_WORDS | _QUAL_STOP) else None


def _plain_words(toks: list[Token], spans: dict[int, Span], i: int, k: int, banned: set[str]) -> bool:
    """Words i..k-1 name a body as written: no gazetteer word but a topic («ستاد مرکزی اربعین»), digit or
    ``banned`` word among them."""
    return not any(spans.get(x) and not spans[x].has("topic") for x in range(i, k)) \
        and all(t.word and t.key not in banned and not t.text.isdigit() for t in toks[i:k])


def _counterpart_side(toks: list[Token], spans: dict[int, Span], k: int, end: int) -> int:
    """Where, from k, the words about whom one met begin («... در دیدار با رئیس ... عراق»: Iraq is the
    other side's), else ``end``."""
    return next((x for x in range(k, end) if toks[x].key == _BA or (sp := spans.get(x)) is not None
                 and sp.has("trigger")), end)


def _met_in_place(toks: list[Token], spans: dict[int, Span], start: int, end: int) -> bool:
    """Words start..end-1 stand where one side of a meeting goes: «با X دیدار کرد», «دیدار با X»,
    «دیدار X با ...» (not inside a list of offices)."""
    def trigger(k: int) -> bool:
        return 0 <= k < len(toks) and any(sp.has("trigger") and sp.i <= k < sp.j for sp in spans.values())
    before = toks[start - 1].key
    # («با X درباره اقدامات دولت گفتگو کرد»: what they talked about between him and the meeting word)
    about = end < len(toks) and toks[end].key in _ABOUT and any(trigger(k) for k in range(end + 1, min(len(toks), end + 12)))
    return before == _BA and (trigger(end) or about or trigger(start - 2)) \
        or trigger(start - 1) and end < len(toks) and toks[end].key == _BA
_BODIES = {key(w) for w in ("سازمان", "کمیته", "بنیاد", "ستاد", "شورای", "مرکز", "اتاق", "فدراسیون", "دانشگاه",
                            "کانون", "انجمن", "جمعیت", "مجمع", "دیوان", "بانک", "شرکت", "اداره", "نهاد", "پژوهشگاه",
                            "فرهنگستان", "کتابخانه", "موزه", "حوزه", "جهاد", "هلال", "قرارگاه", "پلیس", "نیروی")}


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Cities by their own names (not a venue that stands for one: «وزارت امور خارجه» for تهران)."""
    return frozenset(key(c) for c in lexicon().country_of_city)

_QUAL_STOP = {key(w) for w in ("در", "با", "که", "را", "به", "از", "برای", "و", "طی", "ضمن", "امروز", "دیروز", "روز",
                               "صبح", "عصر", "شامگاه", "نیز", "هم", "همچنین", "این", "آن", "خود",
                               "درباره", "پیرامون", "دربارهٔ")}  # («رییس فدراسیون فوتبال درباره اقدامات ...»)

# ------------------------------------------------------------------ people

@dataclass
class Person:
    name: str | None
    role: str | None
    country: str | None
    counterpart: bool = False
    first_pos: int = 0
    guessed: bool = False  # the name is the table's holder of an office the article names no one to

    def same(self, other: "Person") -> bool:
        if self.name and other.name:
            # («وزیر امور خارجه اوگاندا», named from the table, and «اودونگو ججه ابوبکر، وزیر امور خارجه
            # اوگاندا»: the article's own name for that office's holder, spelt otherwise, is that holder)
            return _same_name(self.name, other.name) or self.guessed != other.guessed \
                and bool(self.role and other.role) and _roles_compatible(self.role, other.role) \
                and self.country == other.country
        if self.role and other.role and not _roles_compatible(self.role, other.role):
            return False
        if self.country and other.country:
            return self.country == other.country and bool(self.role or other.role or self.name or other.name) \
                and not _never_held(self, other)
        return False

    def compatible(self, other: "Person") -> bool:
        """Could be the same person described differently («سفیر ژاپن» / «آقای «X»»)."""
        if self.name and other.name and self.guessed == other.guessed:
            return _same_name(self.name, other.name)
        # («با همتای چینی خود» in a headline, «لیو جینلی رئیس ستاد کل ارتش چین» in the body: the
        # counterpart's office, taken from the subject's, may be written otherwise)
        if self.role and other.role and not _roles_compatible(self.role, other.role) and not (
                (self.counterpart and not self.name and other.name or other.counterpart and not other.name and self.name)
                and self.role.split()[:2] == other.role.split()[:2]):
            return False
        if self.country and other.country and self.country != other.country:
            return False
        return not _never_held(self, other)

    def merge(self, other: "Person") -> None:
        if other.name and (not self.name or self.guessed and not other.guessed  # (the article's name first)
                           or self.guessed == other.guessed and len(key(other.name)) > len(key(self.name))):
            self.name, self.guessed = other.name, other.guessed
        if self.role == "رئیس" and other.role or self.counterpart and other.name and other.role:
            self.role = other.role  # «سران ...»: the precise office wins, and a counterpart's own
        self.role = self.role or other.role
        self.country = self.country or other.country

    def as_dict(self) -> dict:
        role = self.role
        if self.country and self.country != "ایران":
            role = _FOREIGN_MINISTRY.get(role, role)  # «همتایان اکوادوری و عمانی» of Iran's agriculture minister
        elif self.country == "ایران":
            role = _IRANIAN_MINISTRY.get(role, role)
        return {"name": self.name, "role": role, "country": self.country}


def _never_held(a: Person, b: Person) -> bool:
    """One is a listed man named with no office, the other an office no one names, and the table never
    gave him that office («لاریجانی» is not «رئیس‌جمهور»)."""
    for named, office in ((a, b), (b, a)):
        if named.name and not named.role and office.role and not office.name:
            held = _offices_held(named.name)
            return bool(held) and not any(_roles_compatible(r, office.role) for r in held)
    return False


@lru_cache(maxsize=4096)
def _offices_held(name: str) -> tuple[str, ...]:
    """The offices the table gives a name (asked for every pair of people compared)."""
    return tuple(o.role for o in lexicon().officials_named(name))


def _roles_compatible(a: str, b: str) -> bool:
    """Same office, or «سران/رئیس» (generic head) against a head of state or government."""
    a, b = _FOREIGN_MINISTRY.get(a, a), _FOREIGN_MINISTRY.get(b, b)  # («وزیر جهاد کشاورزی» of Germany: its «وزیر کشاورزی»)
    if key(a) == key(b):
        return True  # one office spelt two ways («فرمانده نیروی هوائی» / «فرمانده نیروی هوایی»)
    if a != b and _base_office(a) != a and _base_office(b) != b:
        # «استاندار قم» and «استاندار گیلان»: one office in two places, two people (but «استاندار
        # استان استانبول» is «استاندار استانبول»)
        return _local_seat(a) == _local_seat(b)
    offices = lexicon().offices
    if a != b and a in offices and b in offices and not {a, b} & _GENERIC_HEADS:
        return False  # «رئیس مجلس» and «رئیس مجلس خبرگان»: two offices the table lists, two people
    if a == b or _base_office(a) == _base_office(b) or a.startswith(b + " ") or b.startswith(a + " "):
        return True  # («شهردار» / «شهردار تهران», «سرپرست وزارت امور خارجه» / «... هیات حاکمه»)
    envoys = {"نماینده ویژه", "نماینده دبیرکل", "فرستاده ویژه", "نماینده"}
    if _envoy_base(a) in envoys and _envoy_base(b) in envoys:
        # «نماینده دبیرکل سازمان ملل» in a headline, «نماینده ویژه دبیرکل ...» in the body; a brief stated
        # once and not again («نماینده ویژه در امور افغانستان», «نماینده ویژه برای افغانستان»)
        return True
    if a in _MISSION_HEADS and b in _MISSION_HEADS:
        return True  # «سفیر ایران» in a headline, «سرپرست سفارت ایران» (the chargé) in the body
    if (sa := _deputy_of(a)) and (sb := _deputy_of(b)) and sa[0] == sb[0] and sa[2] == sb[2] \
            and (sa[1] == sb[1] or not sa[1] or not sb[1]):
        # «مشاور مقام معظم رهبری» / «مشاور رهبر انقلاب», «معاون اقتصادی رئیس جمهوری» / «معاون رئیس‌جمهور»:
        # one superior's office written two ways, a brief stated once (not «معاون اول» / «معاون اقتصادی»)
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) >= 3 and short[:2] == long_[:2] and _subsequence(short, long_):
        return True  # «رئیس آژانس همکاری‌های» in the lead, «رئیس آژانس دولتی همکاری‌های» in the body
    if any(x == "سرپرست" or x.startswith("سرپرست وزارت ") for x in (a, b)) and any(x.startswith("وزیر") for x in (a, b)):
        # («وزیر داخله طالبان» in the headline, «سراج‌الدین حقانی، سرپرست این وزارت» in the body): the acting minister
        rest = {x.removeprefix("سرپرست وزارت ").removeprefix("وزیر ") for x in (a, b) if x != "سرپرست"}
        return len(rest) == 1
    return (a == "رئیس" and "head" in offices.get(b, ())) or (b == "رئیس" and "head" in offices.get(a, ()))


def _deputy_of(role: str) -> tuple[str, str, str] | None:
    """«معاون اقتصادی رئیس جمهوری»: a deputy's or an adviser's word, his brief and his superior's office as
    the gazetteer names it (None for any other office)."""
    words = role.split()
    if len(words) < 2 or key(words[0]) not in _SUBORDINATE:
        return None
    lex = lexicon()
    for j in range(1, len(words)):
        superior = next((e.canon for e in lex.phrases.get(key(" ".join(words[j:])), ()) if e.kind == "office"), None)
        if superior is not None:
            return key(words[0]), key(" ".join(words[1:j])), superior
    return None


def _subsequence(short: list[str], long_: list[str]) -> bool:
    words = iter(long_)
    return all(any(w == x for x in words) for w in short)


_AL = key("ال")


def _without_article(word: str) -> str:
    return word[len(_AL):] if word.startswith(_AL) and len(word) - len(_AL) >= 3 else word


def _without_patronyms(words: list[str]) -> list[str]:
    """A name's words without «بن X» («son of X») inside it (the first and last words stay)."""
    out, k = words[:1], 1
    while k < len(words) - 1:
        if words[k] in _PATRONYMIC and k + 2 < len(words):
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out + words[-1:] if len(words) > 1 else out


@lru_cache(maxsize=50_000)
def _same_name(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    if ka == kb:
        return True
    # («احمد عبدالله صباح» / «احمد عبدالله الاحمد الصباح»: the Arabic article written or left out)
    wa, wb = [_without_article(key(w)) for w in a.split()], [_without_article(key(w)) for w in b.split()]
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if bool(short) and long_[-len(short):] == short:
        return True
    if len(short) >= 2 and long_[:len(short)] == short:
        return True  # «عبدالکریم محمود» of «عبدالکریم محمود ابراهیم»: the leading two words or more
    if len(wa) >= 2 and sorted(wa) == sorted(wb):
        return True  # «شینزو آبه» / «آبه شینزو»: family name first or last
    if len(short) >= 2 and len(long_) == len(short) + 1 and short[0] == long_[0] and short[-1] == long_[-1]:
        return True  # «محمد باقری» / «محمد حسین باقری»: a middle name written or not
    if len(short) >= 2 and _without_patronyms(long_) == _without_patronyms(short):
        return True  # «بدر البوسعیدی» / «بدر بن حمود البوسعیدی»: the father's name written or not
    # the same full name transliterated with other long vowels («العیسامی» / «العیسمی»)
    return _same_skeletons(a.split(), b.split())


class Resolver:
    """Turns mentions into people, with the officials table and the article's own names."""

    def __init__(self, published: date | None, article_keys: str, era: tuple[date, date] | None = None,
                 home: str = "ایران"):
        self.published = published  # for dates written relative to publication
        self.home = home  # whose an unqualified office is: the outlet's state («وزیر خارجه» on a Kabul site)
        # who held which office: on the publication day, else over the whole era of the text
        self.era = (published, published) if published else era
        self.today: date | None = None  # with no publication date, the day the text writes out as «امروز»
        self.day = self.era[0] + (self.era[1] - self.era[0]) / 2 if self.era else None
        self.lex = lexicon()
        self.article_keys = article_keys
        self.known_names: list[str] = []  # fullest names seen, in order
        self.named_holders: dict[tuple[str, str], str] = {}  # (office, state) → the first name given it
        self.delegation_heads: dict[str, Person] = {}  # state → who heads its delegation («در صدر هیاتی»)
        self.callers: list[Person] = []  # who made calls to people not named there («تماس‌های تلفنی با استانداران»)
        self.offices_of: dict[str, tuple[str, str]] = {}  # an unlisted name → the office and state first given it
        self.last_foreign: str | None = None  # for «این کشور»
        self.foreign_at: list[tuple[int, str]] = []  # foreign states of the sentence read, by token
        self.places_at: list[tuple[int, str]] = []  # the states of its cities and provinces, by token
        self.last_place: str | None = None  # for «این استان/ولایت/شهر»
        self.listed_states: list[str] = []  # the last two or more foreign states one sentence named
        self.states: list[str] = []  # states named so far, in order (for «دو کشور»)
        self.states_here: list[tuple[int, int]] = []  # where the sentence being read named them: (token, index)
        self.article_states: list[str] = []  # every state the article names, in order
        self.offices: set[tuple[str, str | None]] = set()  # offices the article names, with their state
        self.people_named: frozenset[str] = frozenset()  # listed people it names (read with no publication date)
        self.sentence_text, self.sentence_idx = "", -1  # the sentence being read
        self.weak_names_held: set[str] = set()  # common-word surnames shown to be the officials' (no date)
        self.surfaces: dict[str, str] = {}  # listed name → the article's own spelling of it
        self.guessed_names: set[str] = set()  # names the table gave offices the article named no one to
        self.trip: tuple[str | None, str | None] | None = None  # where the article's traveller went
        self.dispatched: tuple[str | None, str | None] | None = None  # where the agency sent its reporter
        self.summit = any(k in article_keys for k in _SUMMIT_KEYS)  # a summit or assembly article
        # a credentials ceremony: envoys met one by one
        self.credentials = any(word in article_keys for word in _CREDENCE_WORDS)
        self.words: list[str] = []  # the article's words, in order (for spellings with other vowels)
        self._in_article: dict[str, bool] = {}

    def holder(self, role: str, country: str) -> Official | None:
        """The table's holder of ``role`` for ``country`` over the article's whole era (with no publication
        date, the one holder of it in that era whom the article names: «صباح الخالد» of 2011-2019, not the
        minister after him whose term the era also touches)."""
        if self.people_named and not self.lex.shared_office(role):
            named = {o.name: o for o in self.lex.by_office.get((role, country), ())
                     if o.name in self.people_named and self.overlaps(o)}
            if len(named) == 1:
                return next(iter(named.values()))
        off = self.lex.holder(role, country, self.day)
        return off if off and self.in_office(off) else None

    def overlaps(self, off: Official) -> bool:
        """Whether ``off`` held its office at some point of the article's era."""
        if self.era is None:
            return False
        lo, hi = self.era
        return (off.start is None or off.start <= hi) and (off.end is None or off.end >= lo)

    def in_office(self, off: Official) -> bool:
        """Whether ``off`` held its office over (most of) the article's era; with no era, whether the
        article names that office («ظریف» in a text that says «وزیر خارجه»)."""
        if self.era is None:
            return self.office_named(off)
        lo, hi = self.era
        if lo == hi:
            return off.active(lo)
        # terms rarely start and end on the same days: most of the stretch is enough
        start, end = max(lo, off.start or lo), min(hi, off.end or hi)
        return (end - start) >= 0.8 * (hi - lo)

    def office_named(self, off: Official) -> bool:
        """The article names ``off``'s office unqualified or of his own state."""
        return (off.role, None) in self.offices or (off.role, off.country) in self.offices

    def official_for_name(self, name: str, role: str | None) -> Official | None:
        cands = self.lex.officials_named(name)
        if not cands:
            return None
        active = [o for o in cands if (o.active(self.day) if self.day else self.office_named(o))] or cands
        if role:
            same_role = [o for o in active if o.role == role]
            if same_role:
                return same_role[0]
        return active[0]

    def people(self, m: Mention, focus: "Person | None", subject_role: str | None,
               met: bool = False) -> list[Person]:
        """The people a mention names; a spokesman or agency is no one unless ``met`` (he is the
        one met: «با ماریا زاخارووا سخنگوی وزارت خارجه روسیه دیدار کرد»)."""
        if m.pronoun:
            return [focus] if focus else []
        if m.delegation:
            head = self.delegation_heads.get(m.country)
            return [replace(head)] if head is not None else []
        if m.media and not met:
            return []
        if m.name and m.name_weak and not (m.honorific or m.role or self._full_name_in_article(m.name)
                                           or self._in_office(m.name)):
            return []
        role = m.role or (subject_role if m.counterpart else None)
        if role == "امیر" and m.name and not m.countries:
            role = None  # «امیر عزیز نصیرزاده», «امیر فیصل بن فرحان»: a rank or a prince's title, not an emir
        if m.name is None and m.lone_word:
            # «علیرضا زاکانی شهردار تهران ...»، then «زاکانی شهردار تهران»: the surname of a name seen
            known = next((n for n in self.known_names if len(n.split()) >= 2 and key(n.split()[-1]) == key(m.lone_word)), None)
            if known:
                return [self._resolve(known, role, m.country, m.start)]
        if m.offices:  # (of no state named nor implied, as the plural office alone: no one)
            return [self._resolve(None, office, m.country, m.start) for office in m.offices] if m.countries or all(
                any(f.startswith("of:") for f in self.lex.offices.get(office, ())) for office in m.offices) else []
        if m.places:
            return [self._resolve(None, f"{role} {place}", state, m.start) for place, state in m.places]
        if m.plural and role == "وزیر" and not m.name:
            return []  # «وزرای دو کشور»: ministers of no portfolio named
        if m.plural and not (m.name and len(m.countries) == 1 and m.countries[0] not in (TWO_STATES, THESE_STATES)):
            # («A و مجید تخت‌روانچی معاونان وزیر خارجه ایران»: the name is one of them, his office singular)
            countries = self.two_states(m.start) if m.countries == [TWO_STATES] else \
                self.listed_states if m.countries == [THESE_STATES] else m.countries
            if role == "رهبر" and TWO_STATES in m.countries:
                role = "رئیس"  # «رهبران دو کشور»: the heads of state, not Iran's Leader
            if role == "رئیس" and TWO_STATES in m.countries and len(countries) == 2 \
                    and all(heads := [self.named_head(c) for c in countries]):
                # «پوتین و محمد بن سلمان، ولیعهد عربستان ... گفتگو کردند. ... رهبران دو کشور ...»: the two
                # the article named, the crown prince too, not the king the table would give
                return [Person(name, office, c, False, m.start) for (name, office), c in zip(heads, countries)]
            if role == "رئیس مجلس" and len(countries) == 1 \
                    and {key("دو"), key("مجالس")} & set(map(key, (m.role_text or "").split())):
                state = countries[0]  # «روسای دو مجلس روسیه», «روسای مجالس ازبکستان»: the heads of its two chambers
                return [self._resolve(None, office, state, m.start) for office in (
                    self.lex.speaker_office.get(state, role), self.lex.upper_office.get(state, "رئیس مجلس سنا"))]
            written = _singular_minister(m.role_text) if _ministry_as_iran_names_it(role) else None
            return [self._resolve(None, written if written and c != "ایران" else role, c, m.start, counterpart=m.counterpart)
                    for c in countries] if len(countries) >= 2 else []
        if m.name_from_table and m.surface and " " not in m.surface and len(named := [
                n for n in self.lex.full_names_ending(m.surface) if n != m.name and key(n) in self.article_keys]) == 1:
            # «عبدالامیر الشمری» (listed) named in full, then «الشمری»: him, not another listed «الشمری»
            return [self._resolve(named[0], role, m.country, m.start, from_table=True)]
        if m.name_from_table and self._stray_surname(m, role):
            # «قریشی» (a Friday imam) is not Pakistan's foreign minister: a bare listed surname counts
            # only with an office the person held, and a foreign official out of office only where
            # the article names his country or his full name
            return [self._resolve(m.surface, role, m.country, m.start, listed=False)]
        if _ministry_as_iran_names_it(role) and m.role_text and m.country and m.country != "ایران" and not m.plural \
                and key(m.role_text).replace(" ", "") != key(role).replace(" ", ""):
            role = respell(m.role_text)  # «وزیر کشاورزی ترکیه», not Iran's «وزیر جهاد کشاورزی» (nor «وزیرآموزش و پرورش»)
        country = m.country
        if not country and role and role.startswith(_AGENT_ROLES) and m.role_text \
                and not m.counterpart and key(m.role_text).endswith((key("رئیس جمهور"), key("رئیس جمهوری"))):
            country = "ایران"  # «نماینده ویژه رئیس جمهور در امور افغانستان»: the envoy of Iran's president
        person = self._resolve(m.name, role, country, m.start, m.name_from_table, m.counterpart, former=m.former)
        if person.name and m.surface and len(m.surface.split()) >= max(2, len(person.name.split())) \
                and m.surface.split()[0] not in _HONORIFIC_WORDS \
                and len(m.surface) > len(self.surfaces.get(person.name, "")):
            # the article's own spelling, never a shorter form («علی باقری» for «علی باقری کنی»)
            self.surfaces[person.name] = m.surface
        return [person]

    def named_head(self, country: str) -> tuple[str, str] | None:
        """The first of a state's heads the article named, with his office."""
        return next(((name, office) for (office, c), name in self.named_holders.items()
                     if c == country and office in _HEADS), None)

    def saw_state(self, state: str, at: int | None = None) -> None:
        if not self.states or self.states[-1] != state:
            self.states.append(state)
            if at is not None:
                self.states_here.append((at, len(self.states) - 1))

    def two_states(self, pos: int) -> list[str]:
        """«دو کشور» at ``pos``: the last two states named before it; one foreign state alone is Iran's
        counterpart (the agencies' own side goes unnamed)."""
        last: list[str] = []
        # (not a venue named after it: «دیدار روسای جمهور دو کشور در تاجیکستان»)
        later = {idx for at, idx in self.states_here if at > pos}
        for state in reversed([state for idx, state in enumerate(self.states) if idx not in later]):
            if state not in last:
                last.append(state)
            if len(last) == 2:
                return last[::-1]
        if not last:  # «رهبران دو کشور ...» before the states are named: the article's first two
            last = list(dict.fromkeys(self.article_states))[:2][::-1]
        if len(last) == 2:
            return last[::-1]
        return ["ایران", last[0]] if last and last[0] != "ایران" else []

    def _stray_surname(self, m: Mention, role: str | None) -> bool:
        if not m.surface or len(m.surface.split()) > 1 or self._full_name_in_article(m.name):
            return False
        officials = self.lex.officials_named(m.name)
        if not officials:
            return False
        if role and role not in _GENERIC_HEADS:
            return all(o.role != role for o in officials)
        return all(o.country != "ایران" and not self.overlaps(o) and not any(
            k in self.article_keys for k in self.lex.country_keys.get(o.country, [key(o.country)]))
                   for o in officials)

    def _in_office(self, name: str) -> bool:
        """A bare surname that is also a common word («ظریف», «روحانی») counts only in its holder's tenure."""
        if self.day is None:
            # no date to go by: an office of his named in the same sentence («ظریف» and «وزیر خارجه»), or
            # another official named with him whose term overlaps his («ظریف و لاوروف در رم دیدار کردند»);
            # once so, the surname is his in the rest of the article
            if name in self.weak_names_held:
                return True
            near = _named_in(self.sentence_text)
            terms = self.lex.officials_named(name)
            # (his office held by another state's man counts too: «مکالمه ظریف با وزیر امور خارجه نیجریه»)
            if any(o.role == role for o in terms for role, _ in near.offices) or any(
                    _overlap(o, p) for other in near.people if key(other) != key(name)
                    for p in self.lex.officials_named(other) for o in terms):
                self.weak_names_held.add(name)
                return True
            return False
        if self.published is None:  # an era, not a day: a term within it
            return any(self.overlaps(o) for o in self.lex.officials_named(name))
        return any(o.active(self.day) for o in self.lex.officials_named(name))

    def _full_name_in_article(self, name: str) -> bool:
        found = self._in_article.get(name)
        if found is None:  # a substring search of the whole article: once per name
            found = self._in_article[name] = key(name) in self.article_keys
        return found

    def _resolve(self, name, role, country, pos, from_table=False, counterpart=False, listed=True,
                 former=False) -> Person:
        if country == PREVIOUS_COUNTRY:
            country = next((c for i, c in reversed(self.foreign_at) if i < pos), self.last_foreign)
        elif country == PREVIOUS_PLACE:
            country = next((c for i, c in reversed(self.places_at) if i < pos), self.last_place)
        stated = country
        flags = self.lex.offices.get(_base_office(role or ""), set()) or _superior_flags(role, self.lex.offices)
        if role and not country and not name and not counterpart and (
                "iran" in flags or "head" in flags and self.home != "ایران"):
            country = self.home  # (and «نخست وزیر» alone on a Damascus or Kabul site: that state's)
        if role in _MISSION_OFFICES and not country and not counterpart and len({c for _, c in self.foreign_at}) == 1:
            country = self.foreign_at[0][1]  # «در سفارت فلسطین حضور یافت و با کاردار دیدار نمود»
        if role and not country and not counterpart:
            # offices of one organisation: «رئیس شورای اروپا», «مسئول سیاست خارجی اتحادیه اروپا»
            country = next((f[3:] for f in flags if f.startswith("of:")), None)
        guessed = False
        if name:
            off = self.official_for_name(name, role) if listed else None
            if off:
                name = off.name
                if (not role or role in ("رئیس", "وزیر", "سخنگو")) and self.in_office(off):
                    role = off.role  # the table knows the precise office (in the person's tenure only)
                country = country or off.country
            elif role and not country and not counterpart and "iran" in flags:
                country = self.home  # an unlisted name with an unqualified office of Iran's («مرجع تقلید»)
        elif former:
            pass  # a former holder the article does not name is no one the table can tell
        elif role and country and (role, country) in self.named_holders:
            # «سید ابراهیم رئیسی رئیس قوه قضائیه ...», then «رئیس قوه قضائیه کشورمان»: the holder the article named
            name = self.named_holders[(role, country)]
            guessed = name in self.guessed_names
        elif role and country:
            off = self.holder(role, country)
            if off is None and role in ("رئیس", "رهبر"):  # «سران ایران، روسیه و ترکیه»: the heads of state
                leader = self.lex.leader_office.get(country)  # (India's and Pakistan's are their prime ministers)
                off = next((o for r in ([leader] if leader else _HEADS_OF_STATE) if (o := self.holder(r, country))), None)
                if role == "رئیس":
                    role = off.role if off else leader or role
                # («رهبر چین»: the leader is named from the table, his office kept as the article gives it)
            if off:
                name, guessed = off.name, True
                self.guessed_names.add(name)
            else:  # «فائق زیدان، رئیس شورای عالی قضایی عراق ...», then «رئیس شورای عالی قضایی عراق»
                name = self.named_holders.get((role, country))
                guessed = name in self.guessed_names
        if name and role and country and not former:
            for office in {role, _envoy_base(role)}:  # (an envoy named with his brief, then without it)
                self.named_holders.setdefault((office, country), name)
        if name and not from_table:
            name = _clean_name(name)
            for known in self.known_names:
                if _same_name(known, name):
                    if len(key(known)) > len(key(name)):
                        name = known
                    break
            else:
                if len(self.known_names) < 200:
                    self.known_names.append(name)
            if role and country:
                self.offices_of.setdefault(name, (role, country))
            elif not role and not country and not counterpart and name in self.offices_of:
                role, country = self.offices_of[name]  # «نزار خیرالله» named with his office before
        if country and country != "ایران" and (stated or not name):
            self.last_foreign = country  # (not a listed man's own state the article did not name: «حکمتیار
            # ... با رییس جمهور ... آن کشور دیدار کند» after «سفر حکمتیار به پاکستان» is Pakistan's)
        if country:
            self.saw_state(country)
        if role == "نخست‌وزیر" and country == "ایران" and (self.day is None or self.day >= _NO_IRANIAN_PM):
            role = "رئیس‌جمهور"  # («رئیس دولت چهاردهم»: Iran's head of government since 1989 is its president)
        return Person(name, role, country, counterpart, pos, guessed)

    def valid(self, p: Person) -> bool:
        """A principal must be identifiable: a name, or an office with a country."""
        if p.name:
            return True
        return bool(p.role and p.country)


_HEADS_OF_STATE = ("رئیس‌جمهور", "پادشاه", "امیر", "سلطان")
_MONARCHS = set(_HEADS_OF_STATE) - {"رئیس‌جمهور"}
# ministries named as Iran names them, with the plain name of such a ministry abroad when the text
# gives none of its own (a foreign minister keeps the office as the text writes it)
_FOREIGN_MINISTRY = {"وزیر جهاد کشاورزی": "وزیر کشاورزی", "وزیر تعاون، کار و رفاه اجتماعی": "وزیر کار",
                     "وزیر فرهنگ و ارشاد اسلامی": "وزیر فرهنگ", "وزیر راه و شهرسازی": "وزیر حمل و نقل"}
# (and two the table leaves without its «iran» flag: an unqualified «وزیر تجارت» may be anyone's)
_IRANIAN_MINISTRIES = {*_FOREIGN_MINISTRY, "وزیر صنعت، معدن و تجارت", "وزیر آموزش و پرورش"}
# and the other way: the Iranian counterpart of a minister abroad holds Iran's office by its name
# («وزیر برق عراق ... با همتای ایرانی خود»: Iran's energy minister)
_IRANIAN_MINISTRY = {plain: own for own, plain in _FOREIGN_MINISTRY.items()} | {"وزیر برق": "وزیر نیرو"}
_MINISTERS = {key("وزرای"), key("وزیران")}


def _ministry_as_iran_names_it(role: str | None) -> bool:
    """An Iranian cabinet office other than foreign affairs: a foreign holder keeps the office
    as the text writes it («وزیر گردشگری و فرهنگ اندونزی», not Iran's «وزیر میراث فرهنگی»)."""
    return role in _IRANIAN_MINISTRIES or bool(role) and role.startswith("وزیر ") and role != "وزیر امور خارجه" \
        and "iran" in lexicon().offices.get(role, ())


def _singular_minister(written: str | None) -> str | None:
    """«وزرای آموزش» → «وزیر آموزش»: a plural office as written, for each foreign holder."""
    words = (written or "").split()
    return respell(" ".join(["وزیر", *words[1:]])) if len(words) > 1 and key(words[0]) in _MINISTERS else None


_HEADS = {*_HEADS_OF_STATE, "نخست‌وزیر", "ولیعهد", "ولیعهد و نخست‌وزیر", "صدراعظم"}


@lru_cache(maxsize=20_000)
def _clean_name(name: str) -> str:
    words = _unglued(name).replace("«", " ").replace("»", " ").split()
    while len(words) > 1 and key(words[0]) in _HONORIFIC_WORDS and key(words[1]) not in _PATRONYMIC:
        words.pop(0)  # titles come first; inside a name a title word is the name's («وفا حاجی اف»)
    while len(words) > 1 and _LATIN.search(words[-1]) and not _LATIN.search(words[0]):
        words.pop()  # («مرکل fororder»: an image file's name glued to a headline)
    while len(words) > 1 and words[-1].endswith("ترین") and len(words[-1]) > 6 \
            and word_frequency(words[-1][:-4]) is not None:
        words.pop()  # («بشار اسد اصلیترین برنامه ...»: a superlative after the name, not a surname)
    return respell(" ".join(words)) or name


_LATIN = re.compile(r"[A-Za-z_]")
_GLUED_CODE = re.compile(r"^[A-Za-z0-9_]+(?=[\u0600-\u06FF])")


def _unglued(name: str) -> str:
    """«2D9A8061رشید مردوف» → «رشید مردوف»: an image's code glued to the name by the page's markup."""
    return _GLUED_CODE.sub("", name)


# ------------------------------------------------------------------ meetings

# Future markers on the meeting's own verb (the words right after the trigger) ...
_FUTURE_AUX = {key(w) for w in ("خواهد", "خواهند", "کند", "کنند", "شود", "شوند", "میکند", "میکنند", "میشود",
                                "میپذیرد", "نماید", "نمایند", "دارد", "دارند", "خواهم", "خواهیم",
                                "مینشیند", "مینشینند", "بنشیند", "بنشینند",  # «با X به گفت‌وگو می‌نشیند»
                                "بپردازد", "بپردازند", "میپردازد", "میپردازند",  # «... به رایزنی بپردازد»
                                "میرود", "میروند",  # «... به دیدار رئیس‌جمهور می‌روند»
                                "میگیرد", "میگیرند", "بگیرد", "بگیرند",  # «با X تماس می‌گیرد»
                                "باشد", "باشند")}  # «... با رهبر انقلاب دیدار داشته باشد»
_PAST_VERB = {key(w) for w in ("کرد", "کردند", "نمود", "نمودند", "داشت", "داشتند", "شد", "شدند", "پذیرفت",
                               "پرداخت", "پرداختند", "گفت", "افتاد", "کردم", "کردیم", "داشتم", "داشتیم",
                               "خواست", "خواستند")}  # («در تماس با X از او خواست تا ... کند»: asked, past)


_CLAUSE_BREAK = {key(w) for w in ("که", "اینکه", "این‌که", "بر", "در", "ضمن", "درباره", "پیرامون", "از",
                                  "بیان", "اشاره", "تاکید", "تأکید", "ابراز", "اعلام")}


def _verb_like(t: Token) -> bool:
    """A verb that may close a clause: «تشکیل می‌شود»، «کرد», «است»."""
    return t.key in _CLAUSE_VERBS or t.key.startswith(key("می")) and t.key[2:] in _CLAUSE_VERBS


def _past_verb(toks: list[Token], tj: int) -> bool:
    """The trigger's own verb is past («دیدار کرد», «گفت‌وگو کردند»), before any clause break."""
    if tj + 1 < len(toks) and toks[tj].key in _DONE and toks[tj + 1].key in _DONE_PARTICIPLE:
        return True  # «تماس تلفنی انجام شده بین A و B»: a participle says it took place
    for k in range(tj, min(len(toks), tj + 8)):
        t = toks[k].key
        if t in _PAST_VERB or t in _HAD_ONE and k + 1 < len(toks) and toks[k + 1].key in _PERFECT_AUX:
            return True  # («... در آستانه نیز دیدار کرده بود»: the past perfect, whatever came before)
        if t in _CLAUSE_BREAK or t in _FUTURE_AUX or not toks[k].word:
            return False
    return False


_PERFECT_AUX = {key(w) for w in ("بود", "بودند", "است", "اند", "بوده")}


_SUBJUNCTIVE = {key(w) for w in ("شود", "شوند", "باشد", "باشند", "کند", "کنند")}
_CLAUSE_VERBS = _VERB_WORDS | _SUBJUNCTIVE
_PAST_COPULA = {key(w) for w in ("بود", "بودند", "شد", "شدند")}


def _last_two(toks: list[Token]) -> tuple[str, str]:
    """Keys of the sentence's last two words, where its verb stands ("" when fewer)."""
    keys = [t.key for t in toks if t.word]
    return (keys[-2] if len(keys) > 1 else ""), (keys[-1] if keys else "")


def _ends_in_past(toks: list[Token]) -> bool:
    """The sentence ends in a past copula («... از برنامه‌های سفر او بود», «... بوده است»)."""
    before, last = _last_two(toks)
    return last in _PAST_COPULA or (before, last) == (key("بوده"), key("است"))


def _ends_in_copula(toks: list[Token]) -> bool:
    """The sentence ends in «است» / «هستند» after a noun, not a verb («... مهم‌ترین محور دیدار A و B است»)."""
    before, last = _last_two(toks)
    return bool(before) and last in (key("است"), key("هستند")) \
        and before not in _PAST_VERB | {key("بوده"), key("کرده"), key("داشته"), key("شده")}


def _ends_in_future(toks: list[Token]) -> bool:
    """The sentence's own verb, at its end, is present or future («... برگزار می‌شود», «... خواهد شد»)."""
    before, last = _last_two(toks)
    return bool(before) and (last in _FUTURE_AUX or before in (key("خواهد"), key("خواهند"), key("می")))


def _ends_in_future_tense(toks: list[Token]) -> bool:
    """The sentence ends in «خواهد/خواهند + verb» («دیدارهای جداگانه‌ای با ... برگزار خواهد کرد»)."""
    return _last_two(toks)[0] in (key("خواهد"), key("خواهند"))


def _future_verb(toks: list[Token], tj: int) -> bool:
    """The verb of the trigger is future or present («دیدار خواهد کرد», «دیدار می‌کند», «... کند»)."""
    for k in range(tj, min(len(toks), tj + 16)):
        t = toks[k].key
        if t in _PAST_VERB:
            return False
        if t in _FUTURE_AUX or t in (key("فردا"), key("آینده"), key("آتی")):
            return True
        if t in _CLAUSE_BREAK:
            return False  # «... با بیان اینکه ... خواهد»: another clause's verb
        if t == key("می") and k + 1 < len(toks) and toks[k + 1].key in _FUTURE_AUX | {key("کنند"), key("کند")}:
            return True
        if not toks[k].word:
            return False
    return False


def _future_past_list(toks: list[Token], tj: int) -> bool:
    """«ملاقات‌هایی را با دبیرکل ...، روسای جمهور تونس، لبنان و ... خواهد داشت»: the future verb
    after a list of those to be met, commas and all, before any other verb or clause (not after
    «تماس تلفنی انجام شده بین A و B، ...»: a participle says it took place)."""
    if _past_verb(toks, tj):
        return False
    for k in range(tj, _clause_end(toks, tj, 40)):
        if toks[k].key in _PAST_VERB or toks[k].key in _CLAUSE_BREAK or toks[k].text == ":":
            return False
        if toks[k].key in _WILL:
            return True
    return False


def _spoken_future(toks: list[Token], tj: int) -> bool:
    """«... دیدارهایی با A، B و C خواهم داشت»: the speaker's own meetings to come (not «... داشتیم و
    می‌خواهیم روابط ... گسترش یابد»: met, then what they want)."""
    for k in range(tj, len(toks)):
        if toks[k].key in _PAST_VERB:
            return False
        if toks[k].key in (key("خواهم"), key("خواهیم")) and not (k > 0 and toks[k - 1].key == key("می")):
            return True
    return False


def _clause_end(toks: list[Token], k: int, limit: int) -> int:
    """Where the clause at k ends: its full stop or semicolon, at most ``limit`` tokens on."""
    return next((x for x in range(k, min(len(toks), k + limit)) if toks[x].text in ".؛"), min(len(toks), k + limit))


def _one_of_plans(toks: list[Token], ti: int) -> bool:
    """«... ملاقات‌ها و نشست‌هایی را خواهد داشت، از جمله دیدار با X»: one of the meetings a future verb
    just before announced."""
    among = ti >= 2 and toks[ti - 1].key == key("جمله") and toks[ti - 2].key == key("از") \
        or ti >= 1 and toks[ti - 1].key == key("ازجمله")
    start = ti - 2 if among and toks[ti - 1].key == key("جمله") else ti - 1
    return among and any(t.key in _FUTURE_AUX for t in toks[max(0, start - 4):start])


# ... or in front of it («قرار است ... دیدار کند», «برنامه سفر»), or a future time anywhere in the narrative.
_PLANNED_BEFORE = re.compile(r"(?:قرار|مقرر) ?(?:است|شده)|برنامه سفر|برنامه های سفر|پیش ?بینی|در نظر است|در آستانه|"
                             r"عازم(?!\s+(?:\S+\s+){0,2}شد)|به زودی")  # «عازم ونزوئلا شد»: left, past
_ARRANGED_OPENINGS = [[key(a), key(w)] for a in ("قرار", "مقرر") for w in ("است", "بود", "شده")]
# «دیدار ... با X ... در نظر گرفته شده است»: arranged, not yet held
_PLANNED_AFTER = re.compile(r"در نظر گرفته|برنامه ?ریزی شده|پیش ?بینی شده|تدارک دیده شده|در دستور ?کار (?:است|قرار دارد)")
_PLANNED_TIME = re.compile(r"(?<![^\W\d_])(?:فردا|پس ?فردا|(?:هفته|ماه|روز|روزهای|سال) ?(?:آینده|آتی|بعد|پیش ?رو)|آینده نزدیک)(?![^\W\d_])")
# «... آخرین بخش برنامه‌های این سفر است»: an item of a trip programme, anywhere in the sentence
# («... از برنامه‌های بارتلون در این سفر عنوان شده است»: among the traveller's programme)
_PROGRAMME = re.compile(r"برنامه ?(?:ها|های)? ?(?:این |سفر)|دیگر برنامه|از جمله برنامه|برنامه سفر|برنامه ?(?:ها|های)? (?:اعلام ?شده|این سفر|امروز|فردا)"
                        r"|از برنامه ?(?:ها|های) [^.،]{1,40} در (?:این|آن) سفر")
_DEPARTURE = re.compile(r"ترک کرد|ترک گفت|را ترک|بازگشت|مراجعت")
_CLOCK_OR_STAMP = re.compile(r"(?<![0-9۰-۹])[0-9۰-۹]{1,2}\s?:\s?[0-9۰-۹]{2}(?![0-9۰-۹])|تاریخ\s?انتشار|زمان\s?انتشار")


def _timestamp(line: str) -> bool:
    """A page's time stamp (a short line with a clock time, «تاریخ انتشار: ...»), or a dateline with no verb
    («۱۳۹۸ اسفند ۳, شنبه», «بیشکک، ۱۶ فوریه ۲۰۲۶، خبرگزاری ...»): when the page was published, not when the
    meeting was."""
    if len(line) > 90:
        return False
    words = [t for t in tokenize(line) if t.word]
    return bool(_CLOCK_OR_STAMP.search(line)) or len(words) <= 10 and not any(t.key in _VERB_WORDS for t in words)
_DAYS_LONG = re.compile(r"(?:دو|سه|چهار|پنج|شش|هفت|چند|[2-9۲-۹]) ?روزه")
_CANCELLED = re.compile(r"تعویق|لغو|معلق|منتفی|موکول")  # («... به روز دوشنبه موکول شده است»: put off)


def _cancelled(toks: list[Token], spans: dict[int, Span], ti: int) -> bool:
    """The sentence puts off or cancels the meeting at ``ti`` (not another one: «به دنبال ... لغو دیدار با
    همتای عمانی‌اش، بن علوی در تماس تلفنی با ظریف ...» is a call held)."""
    for k, t in enumerate(toks):
        if not _CANCELLED.search(t.text):
            continue
        if k + 1 != ti and (nxt := spans.get(k + 1)) is not None and nxt.has("trigger"):
            continue
        if k < ti and any(toks[x].key in _CAUSE_HEADS and toks[x - 1].key in (key("در"), key("به"))
                          for x in range(max(1, k - 10), k)):
            continue  # («در پی کسالت ظریف و لغو تمامی برنامه‌های او، بن علوی در تماس با ظریف ...»: the cause)
        return True
    return False


_CAUSE_HEADS = {key(w) for w in ("پی", "دنبال", "دلیل", "علت")}


_ANAPHOR = {key(w) for w in ("این", "آن", "همین", "یادشده", "مذکور")}
_NOT_MEETING_BEFORE = {key(w) for w in (
    "درباره", "پیرامون", "دربارهٔ", "خصوص", "مورد", "از", "آماده", "امکان", "احتمال", "خواستار", "پیشنهاد",
    "لزوم", "ضرورت", "عدم", "بدون", "هرگونه", "هیچ", "مخالف", "مخالفت", "رد", "شایعه", "ادعای", "درخواست",
    "تقاضای", "میز")}  # («بازگشت به میز مذاکره»: the negotiating table, no meeting)
_BA = key("با")
_ROUND = {key(w) for w in ("دور", "مرحله")}
_THAT = {key(w) for w in ("که", "اینکه", "این‌که")}
_ABOUT = {key(w) for w in ("درباره", "پیرامون", "دربارهٔ", "خصوص")}
# when a meeting took place, between its noun and its parties («در پی نشست سپتامبر سال گذشته پوتین و کیم جونگ اون»)
_WHEN_FILLER = {key(w) for w in ("سال", "ماه", "هفته", "گذشته", *(m for m in GREGORIAN_MONTHS if len(m) >= 3))}
_FILLER = _WHEN_FILLER | {key(w) for w in (
    "با", "را", "خود", "امروز", "دیروز", "روز", "شب", "صبح", "عصر", "ظهر", "شامگاه", "بامداد", "بعدازظهر",
    "جداگانه", "دوجانبه", "رسمی", "اختصاصی", "مجزا", "و", "مشترک", "سه", "جانبه", "کوتاه", "صمیمانه",
    "میان", "بین",  # «تماس تلفنی میان A و B»
    "حضور", "ای",  # «نشست سه جانبه ای با حضور A، B و C»
    "نیز",  # «دیدارهایی نیز با سران کشورهای ... داشت»
    "متعددی", "متعدد", "مختلفی", "جداگانه‌ای", "فشرده‌ای",  # «دیدارهای متعددی با ...»
    "دوجانبه‌ای", "جانبه‌ای", "مشترکی",  # «دیدار دو جانبه‌ای با رئیس‌جمهور روسیه داشته باشد»
    "امشب", "دیشب", *WEEKDAYS,  # «دیدار امروز یکشنبه با ...»
    "اخیر", "اخیرش",  # «با اشاره به دیدار اخیر خود با همتای بولیویایی»
)}
_SEPARATE = {key(w) for w in ("سپس", "جداگانه", "همچنین", "بعد", "آنگاه", "نیز")}
_HIS_MEETING = {key(w) for w in ("دیدارش", "دیدارشان", "ملاقاتش", "ملاقاتشان")}
_IN_HIS_MEETING = {key(w) for w in ("در", "از", "پایان", "ابتدای", "طی", "ضمن", "حاشیه", "جریان", "خلال",
                                     "کنار", "بر", "هنگام")}  # («در کنار دیدارش با X», «علاوه بر دیدارش با X»)
_BETWEEN = {key("میان"), key("بین")}
_BETWEEN_WORDS = {key(w) for w in ("آتی", "دیگری", "دیگر")} | _BETWEEN  # «نشست (آتی، دیگری) میان A و B»
# «نشست سه‌جانبه», «نشستی مشترک با A و B»: one meeting of all, not one with each
_JOINT = {key(w) for w in ("سه", "مشترک", "مشترکی")}
_BILATERAL = {key(w) for w in ("دوجانبه", "جانبه", "دوجانبه‌ای", "جانبه‌ای")}  # (not «سه‌جانبه(‌ای)»)
_DONE = {key(w) for w in ("انجام", "صورت", "برقرار", "برگزار")}
_DONE_PARTICIPLE = {key(w) for w in ("شده", "گرفته")}
# how long or how warm a meeting was, between the trigger and «با X»: «دیداری طولانی با»،
# «دیدار حدوداً سه ساعته»
_MEETING_ADJECTIVES = {key(w) for w in (
    "طولانی", "دوستانه", "خصوصی", "مفصل", "غیررسمی", "فشرده", "سازنده", "صریح", "محرمانه",
    "ساعته", "ساعته‌ای", "دقیقه‌ای", "حدودا", "حدوداً", "تقریبا", "تقریباً", "خوب", "خوبی", "مفید", "مفیدی", "مفصلی",
    "سازنده‌ای", "مثبتی", "صمیمی", "گرم", "گرمی", "مهم", "مهمی", "بسیار", "موفق", "موفقی", "ثمربخش", "ثمربخشی",
    "سودمند", "سودمندی", "مثبت", "مستقیم", "مستقیمی", "خداحافظی", "تودیع", "تودیعی",  # «در تماس تلفنی مستقیم با او»
    "غیرمستقیم", "غیرمستقیمی",  # «گفت‌وگوهای غیرمستقیم A و B»: talks through a mediator, the two heads at one venue
    "تاریخی", "بی‌سابقه", "بیسابقه",  # «مکالمه تلفنی تاریخی A و B»
    "آتی",  # «نشست آتی میان A و B»
    "عالی",  # «گفت‌وگوهایی عالی با ...»
    "پربار", "پرباری",  # «جلسه پرباری با ظریف داشت»
    "ویژه", "ویژه‌ای", "رسمی",  # «ملاقات ویژه‌ای با ... انجام داد»
    # what kind of meeting: «دیدارهای متعدد پارلمانی با ...», «دیداری کاری با ...»
    "پارلمانی", "دیپلماتیک", "سیاسی", "اقتصادی", "نظامی", "دفاعی", "امنیتی", "فرهنگی", "تجاری", "کاری")}
_RECENT = {key(w) for w in ("اخیر", "پیشین", "قبلی", "آینده", "بعدی", "اول", "نخست", "دوم")}
_DURATION_NUMBERS = {key(w) for w in ("یک", "دو", "سه", "چهار", "پنج", "شش", "نیم", "ده", "بیست", "سی", "چهل")}
_REPORTED = {key(w) for w in ("خبر", "خبرداد", "خبردادند")}
_REPORT_NOUNS = {key(w) for w in ("گزارش", "گزارشی", "خبر", "تصاویر", "تصاویری", "فیلم", "فیلمی")}


def _reported(toks: list[Token], ti: int) -> bool:
    """«(منابع ...) از دیدار X با Y خبر دادند», «در گزارشی که از مکالمه تلفنی X و Y منتشر کرد»: «از»
    introduces the meeting being reported."""
    return ti > 0 and toks[ti - 1].key == key("از") and (
        any(t.key in _REPORTED for t in toks[ti + 1:ti + 40]) or any(t.key in _REPORT_NOUNS for t in toks[max(0, ti - 4):ti - 1]))


def _time_reference(toks: list[Token], ti: int) -> bool:
    """«پیش از دیدار با X، با Y دیدار کرده بود»: the meeting with X only dates the other one."""
    return ti > 1 and toks[ti - 1].key == key("از") and toks[ti - 2].key in (key("پیش"), key("قبل"))


def _own_verb_end(toks: list[Token], tj: int, limit: int) -> int:
    """Where the meeting's own verb phrase ends, after ``tj``: past its first verb (not into the next
    clause: «دیدار کرد، اما توافقی حاصل نشد»), at a comma, or at ``limit``."""
    for k in range(tj, min(len(toks), limit)):
        if toks[k].key in _VERB_WORDS:
            return k + 1
        if toks[k].text in "،,":
            return k
    return min(len(toks), limit)


_IF = {key(w) for w in ("اگر", "چنانچه", "درصورتیکه", "درصورتی‌که")}
_CONDITIONS = {key(w) for w in ("شرط", "شروط", "پیش‌شرط", "پیش‌شرط‌های", "شرط‌های", "پیش‌شرطی", "شرطی")}


def _conditional(toks: list[Token], ti: int) -> bool:
    """«اگر ...» (not «اگر چه»: though), «چنانچه ...», «در صورتی که ...» opening the clause that has the
    meeting, or «شرط (ظریف) برای دیدار ...»: what would happen on a condition."""
    if ti > 1 and toks[ti - 1].key == key("برای") and any(t.key in _CONDITIONS for t in toks[max(0, ti - 5):ti - 1]):
        return True
    for k in range(max(0, ti - 20), ti):
        t = toks[k]
        if t.key in _IF and not (k + 1 < len(toks) and toks[k + 1].key == key("چه")) \
                or t.key == key("صورتی") and k > 0 and toks[k - 1].key == key("در") and k + 1 < len(toks) \
                and toks[k + 1].key in _THAT:
            return True
    return False


def _filler(toks: list[Token], k: int) -> bool:
    """A word that may stand between a trigger and its counterpart."""
    t = toks[k]
    if t.key in _FILLER or t.key in _MEETING_ADJECTIVES or t.key in _SOME or _day_of_month(toks, k):
        return True
    if t.key == key("از") and k > 0 and toks[k - 1].key in _SOME:
        return True  # «دیدار با تعدادی از سفیران»
    if t.key == key("دو") and k + 1 < len(toks) and toks[k + 1].key in (key("جانبه"), key("جانبه‌ای")):
        return True  # «دیدار دو جانبه‌ای با»
    if k + 1 < len(toks) and t.key + toks[k + 1].key in _WEEKDAY_KEYS:
        return True  # «دیدار روز پنج شنبه وزیران ...»: a weekday written in two words
    if t.key in _DONE and k + 1 < len(toks) and toks[k + 1].key in _DONE_PARTICIPLE \
            or t.key in _DONE_PARTICIPLE and k > 0 and toks[k - 1].key in _DONE:
        return True  # «تماس تلفنی انجام شده بین A و B»
    # a number of hours or minutes: «سه ساعته», «۴۰ دقیقه‌ای»
    return k + 1 < len(toks) and toks[k + 1].key in (key("ساعته"), key("ساعته‌ای"), key("دقیقه‌ای")) and (
        t.text.isdigit() or t.key in _DURATION_NUMBERS)


_WEEKDAY_KEYS = {key(w) for w in WEEKDAYS}
_SPANS_OF_TIME = {key(w) for w in ("روز", "هفته", "ماه", "سال")}
_AGO = {key(w) for w in ("قبل", "پیش")}
# any month, Afghan ones too: only with a digit next to it are «دی», «جدی», «اسد» months
_ANY_MONTH_KEYS = {key(w) for w in (*D.SOLAR_MONTHS, *GREGORIAN_MONTHS)}


def _day_of_month_word(toks: list[Token], k: int) -> bool:
    """«نهم مرداد», «۱۲ مهر»: token ``k`` is a day, its month next (no part of the name before it)."""
    return k + 1 < len(toks) and toks[k + 1].key in _ANY_MONTH_KEYS


def _day_of_month(toks: list[Token], k: int) -> bool:
    """At ``k``, part of a day written out, bare or in brackets: «در دیدار امروز (۹ میزان) با ...»,
    «دیدار ۱۲ مهر ۱۳۹۹ با ...», «دیدار امروز (یکشنبه) با ...»."""
    t = toks[k]
    if t.text in "()":
        step = 1 if t.text == "(" else -1
        close = next((i for i in range(k + step, k + 5 * step, step) if 0 <= i < len(toks) and toks[i].text in "()"), None)
        return close is not None and toks[close].text != t.text and all(
            toks[i].text.isdigit() or toks[i].key in _ANY_MONTH_KEYS | _WEEKDAY_KEYS or toks[i].key == key("سه")
            for i in range(min(k, close) + 1, max(k, close)))
    if t.text.isdigit():  # the day before its month, or the year after it
        return _day_of_month_word(toks, k) or k > 1 and toks[k - 1].key in _ANY_MONTH_KEYS and toks[k - 2].text.isdigit()
    return t.key in _ANY_MONTH_KEYS and k > 0 and toks[k - 1].text.isdigit()
_THEIR_MEETINGS = {key(w) for w in ("دیدارهای", "دیدارها", "ملاقات‌های", "ملاقات‌ها")}


@dataclass
class Candidate:
    sentence: Sentence
    pos: int
    kind: str
    status: str | None  # held / planned / None (title: no verb)
    cancelled: bool
    people: list[Person]
    background: bool = False
    day: date | None = None  # a date stated in the candidate's own sentence
    past: bool = False  # an earlier meeting recalled in passing («... دیدار کرده بود»)
    day_month: tuple[int, int] | None = None  # a Jalali day and month written in its sentence, year or not
    timed: bool = False  # its sentence says when («امروز», a weekday, a date)
    talk: bool = False  # its trigger is talk alone («گفت‌وگو»), in person or by phone as other sentences say
    when: date | None = None  # the day its own sentence gives it, relative days and weekdays resolved


_BACKGROUND = re.compile(
    r"پیش\s?از\s?این(?!\s?(?:نشست|دیدار|اجلاس|سفر|گفت|مذاکر|رایزنی|ملاقات|مراسم|همایش|کنفرانس))|پیشتر|قبلا|قبلاً|سال\s(?:گذشته|قبل)|ماه\s(?:گذشته|قبل)|هفته\s(?:گذشته|قبل)|"
    r"آخرین\s?دیدار|نخستین\s?دیدار|دیدار\s?(?:قبلی|پیشین|سابق)|کرده\s?بود|داشته\s?بود")


# An earlier, distinct meeting: pluperfect verb or «چند روز پیش» in the trigger's clause, or
# «پیش از این» before its verb («رئیس جمهوری پیش از این با X و همچنین Y دیدار کرد»: earlier on the trip)
_PAST = re.compile(r"(?:چند|دو|سه)\s(?:روز|هفته)\s(?:پیش|قبل)|(?:هفته|ماه|سال)\s(?:گذشته|قبل)"
                   # «بهمن ماه سال جاری نیز ... دیدار کرد» (a month, no day of it), «تماس تلفنی قبلی این دو مقام»
                   r"|(?<![0-9۰-۹] )(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s?ماه\s"
                   r"(?:سال\s)?(?:جاری|امسال|گذشته)|(?:دیدار|ملاقات|تماس|تلفنی)\s(?:قبلی|پیشین|سابق)"
                   # («فروردین سالجاری»: «ماه» left out)
                   r"|(?<![0-9۰-۹] )(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s(?:سال\s?جاری|امسال)"
                   # «در آگوست گذشته», «مرداد گذشته»: a month gone by
                   r"|(?<![^\W\d_])(?:ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|جولای|اوت|آگوست|سپتامبر|اکتبر|نوامبر|دسامبر"
                   r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s(?:ماه\s)?گذشته")
_EARLIER = re.compile(r"(?:پیش ?از ?این|پیشتر|قبلا|قبلاً)\s")
_PLUPERFECT = re.compile(r"(?:کرده|داشته)\s?بود(?:ند)?")


def _person_mentions(s: Sentence) -> list[Mention]:
    if s.mentions is None:
        s.mentions = _mentions(s)
    return s.mentions


_TALK = {key(w) for w in ("گفت‌وگو", "گفتگو", "گفت‌وگوی", "گفتگوی", "گفت‌وگویی", "گفتگویی", "رایزنی", "مذاکره", "صحبت")}
_BY_WAY_OF = {key(w) for w in ("صورت", "شکل", "طریق")}  # «... که به صورت ویدئو کنفرانس برگزار شد»
_LONE_CALL_WORDS = {key(w) for w in ("تلفن", "تیلفون", "تلیفون", *CALL_MODIFIERS)}  # «پیام تصویری» is no call


def _triggers(s: Sentence) -> list[tuple[int, int, str]]:
    out = []
    for i, sp in sorted(s.spans.items()):
        e = sp.get("trigger")
        if e:
            kind = e.data[0]
            if kind == "session" and sp.j < len(s.tokens) and (
                    s.tokens[sp.i].key in _A_SESSION and s.tokens[sp.j].key in _HAD_OR_WILL
                    or s.tokens[sp.i].key in _BARE_SESSION and (s.tokens[sp.j].key == key("برگزار") or any(
                        m.joint and 0 <= m.start - sp.j <= 2 or _two_states_office_held(s.tokens, m, sp.j)
                        for m in _person_mentions(s)))
                    # «از برگزاری نشستی با علی چگنی سفیر ایران ... خبر داد»
                    or s.tokens[sp.i].key in _A_SESSION | _BARE_SESSION and s.tokens[sp.j].key == key("با")
                    and sp.i > 0 and s.tokens[sp.i - 1].key == key("برگزاری")
                    or s.tokens[sp.i].key in _A_SESSION | _BARE_SESSION and _session_with_had(s, sp.j)):
                # «با همتای خود نشستی داشت / خواهد داشت», «با رئیس‌جمهور چین نشست برگزار می‌کند»: a
                # session with someone is a meeting
                kind = "meeting"
            out.append((sp.i, sp.j, kind))
    # «تلفنی» right before/after another trigger is one call trigger
    merged: list[tuple[int, int, str]] = []
    for t in out:
        if merged and t[0] - merged[-1][1] <= 1 and (t[2] == "call" or merged[-1][2] == "call"):
            a = merged.pop()
            merged.append((a[0], t[1], "call"))
        else:
            merged.append(t)
    kept = [t for t in merged if not (t[2] == "call" and t[1] - t[0] == 1 and (
        s.tokens[t[0]].key in _LONE_CALL_WORDS
        # «برقراری مجدد تماس با», «حفظ تماس‌ها»: keeping in contact, not a call
        or any(x.key in _CONTACT_WORDS for x in s.tokens[max(0, t[0] - 2):t[0]]))
        or t[2] == "call" and _attended_by_video(s.tokens, t[0], t[1]))]
    kept += _elided_meetings(s)
    # «X که برای دیدار با Y آمده بود، امروز با Y دیدار کرد»: the meeting itself first, the purpose after
    return sorted(kept, key=lambda t: _purpose(s.tokens, t[0]))


_ATTENDED = {key(w) for w in ("حضور", "شرکت")}


def _attended_by_video(toks: list[Token], i: int, j: int) -> bool:
    """«رئیس‌جمهور روسیه که به شکل ویدئوکنفرانس در این نشست حضور داشت»: the way one attended a
    session, not a call with anyone."""
    return i > 1 and toks[i - 1].key in _BY_WAY_OF and toks[i - 2].key == key("به") \
        and j < len(toks) and toks[j].key == key("در") \
        and any(t.key in _ATTENDED for t in toks[j + 1:j + 8])


def _two_states_office_held(toks: list[Token], m: "Mention", j: int) -> bool:
    """«نشست وزیران کشاورزی ایران و کنیا ... برگزار می‌شود»: right after the session word, one office
    of two states named, and the session held (or to be)."""
    if not (m.start == j and m.plural and len(m.countries) == 2 and TWO_STATES not in m.countries):
        return False
    return any(t.key == key("برگزار") for t in toks[m.end:_clause_end(toks, m.end, 15)])


def _session_with_had(s: Sentence, j: int) -> bool:
    """«سفیر تاجیکستان جلسه جداگانه‌ای با معاون اول رئیس مشرانو جرگه داشت», «... نشست پرباری با ظریف
    داشت»: a session (a word or two describing it between) with a named or office-holding person that
    the subject had, or will have, is a meeting; a press conference is not («نشست خبری با ...»: «خبری» is no word that may stand between)."""
    toks, n, k = s.tokens, len(s.tokens), j
    while k < n and k - j < 3 and toks[k].key != _BA and _filler(toks, k):
        k += 1
    met = next((m for m in _person_mentions(s) if m.start == k + 1), None)
    # (the verb may come after a long list of those met: «... با A، B، C و D برگزار کردند»)
    return k < n and toks[k].key == _BA and met is not None and bool(met.name or met.role) and not met.plural \
        and any(t.key in _HAD_OR_WILL for t in toks[met.end:_clause_end(toks, met.end, 40)])


_HAD = {key(w) for w in ("داشت", "داشتند", "داشته است", "داشته‌اند")}
_ALSO = {key(w) for w in ("همچنین", "نیز")}
_SESSIONS = {key("جلسات"), key("جلساتی")}  # (an Arabic plural: «جلسات سازنده‌ای با A، B و C»)
_A_SESSION = {key(w) for w in ("نشستی", "جلسه‌ای", "نشست‌هایی")} | _SESSIONS
_BARE_SESSION = {key(w) for w in ("نشست", "جلسه")}
_ONE_SESSION = {key(w) for w in ("نشستی", "جلسه‌ای", "دیداری", "ملاقاتی")}  # a meeting word that counts one
_HAD_OR_WILL = {key(w) for w in ("داشت", "داشتند", "داشته", "داشتیم", "داشتم", "خواهد", "خواهند", "برگزار")}


def _elided_meetings(s: Sentence) -> list[tuple[int, int, str]]:
    """«صالحی در این سفر با A، B و C داشت»: «با» people and «داشت» with nothing between is a
    meeting whose noun («دیدار») the page lost (often a tag link); «(خواهد) داشت» is the verb."""
    toks = s.tokens
    mentions = _person_mentions(s)
    out = []
    for k, t in enumerate(toks):
        if t.key not in _HAD:
            continue
        a = k - 1 if k > 0 and toks[k - 1].key in _FUTURE_AUX else k
        last = next((m for m in mentions if m.end == a), None)
        if last is None:
            continue
        idx = mentions.index(last)
        while idx > 0 and last.prep != key("با") and len(gap := toks[mentions[idx - 1].end:last.start]) <= 4 \
                and not any(x.key in _CLAUSE_BREAK | _VERB_WORDS for x in gap):
            idx -= 1  # back along the list («با A، معاون B و C، D و E داشت»)
            last = mentions[idx]
        if last.prep == key("با") and not any(sp.has("trigger") and 0 < last.start - sp.j <= 3 for sp in s.spans.values()):
            out.append((a, a, "elided"))  # (not «ملاقات‌هایی را با A و B خواهد داشت»: the noun is there)
    for k, t in enumerate(toks):
        # «سفرای جدید ... جداگانه به حضور سرپرست ریاست‌جمهوری رسیدند»: an audience is a meeting
        a = k - 1 if t.key == key("رسید") and k > 0 and toks[k - 1].key in _FUTURE_AUX else k
        if t.key in _REACHED and (last := next((m for m in mentions if m.end == a), None)) is not None:
            first = mentions.index(last)
            while first > 0 and last.prep != _BA and all(x.key in _COORD for x in toks[mentions[first - 1].end:last.start]):
                first -= 1
                last = mentions[first]
            if last.prep == _BA and last.start >= 2 and toks[last.start - 1].key == key("حضور"):
                out.append((a, a, "elided"))
    for k, t in enumerate(toks[:-1]):
        # «وزیر خارجه در این سفر با «محمدعلی الحکیم» همتای عراقی خود ابعاد مناسبات را بررسی می‌کند»:
        # matters reviewed with someone named, the object marked by «را» between
        if t.key != key("بررسی") or toks[k + 1].key not in _REVIEW_VERBS or k == 0 or toks[k - 1].key != key("را"):
            continue
        with_ = [m for m in mentions if m.prep == key("با") and 0 < k - m.end <= 12]
        if with_ and (with_[-1].name or with_[-1].role) and not any(
                x.key in _CLAUSE_BREAK | _VERB_WORDS for x in toks[with_[-1].end:k]):
            out.append((k, k + 1, "elided"))
    return out


_REACHED = {key(w) for w in ("رسید", "رسیدند", "رسیده", "می‌رسد", "می‌رسند", "برسد", "برسند")}  # (key: with ZWNJ or not)
_REVIEW_VERBS = {key(w) for w in ("کرد", "کردند", "کند", "کنند", "می‌کند", "می‌کنند", "میکند", "میکنند", "خواهد",
                                  "خواهند", "نمود", "نمودند")}


_CONTACT_WORDS = {key(w) for w in ("برقراری", "حفظ", "ادامه", "تداوم", "قطع", "ارتباط")}
_PURPOSE = {key(w) for w in ("برای", "جهت")}
_PURPOSE_AFTER_BE = {key(w) for w in ("منظور", "قصد", "هدف")}


_TRIP_WORDS = {key(w) for w in ("سفر", "وارد", "عزیمت", "رسید")}  # (a sentence telling of a trip)


def _purpose(toks: list[Token], ti: int) -> bool:
    """«برای دیدار با», «به منظور دیدار با»: the meeting is what a trip is for, not yet held."""
    if ti > 0 and toks[ti - 1].key in _PURPOSE:
        return True
    if ti > 1 and toks[ti - 1].key in _PURPOSE_AFTER_BE and toks[ti - 2].key == key("به"):
        return True
    if ti > 1 and (toks[ti - 2].key, toks[ti - 1].key) == (key("نسبت"), key("به")) \
            and any(t.key == key("امیدواری") for t in toks[ti:ti + 16]):
        return True  # «نسبت به دیدار A و B ابراز امیدواری کرد»: a meeting hoped for
    if ti > 2 and toks[ti - 1].key == key("و"):
        # «به منظور بازدید از نمایشگاه برق و نشست دوجانبه با همتای خود»: the second aim of the trip
        # (a long aim only when the sentence tells of the trip: not «راه‌های مساعدت برای کمک به ... گفت‌وگو و
        # تبادل نظر»)
        reach = 16 if any(t.key in _TRIP_WORDS for t in toks) else 14
        for k in range(ti - 2, max(0, ti - reach), -1):
            if not toks[k].word and toks[k].text not in "«»\"" or toks[k].key in _VERB_WORDS:
                return False  # (a quoted name goes on: «به منظور شرکت در بزرگداشت «مختومقلی» و دیدار با ...»)
            if _purpose(toks, k + 1) and toks[k + 1].key not in _PURPOSE:
                return True
    return False


# a refused, denied or merely wished-for meeting is no meeting
_NO_MEETING = re.compile(r"حاضر ?ن(?:شد|شده|بود|یست)|امیدوار(?:م|یم)|آرزو|تمایل|نپذیرفت|خودداری|امتناع|مدعی|"
                         r"تکذیب|هرگز|حاضر ?(?:است|هستم|هستیم|ام|بود)|علاقه‌?اش|علاقه ?(?:مند|دارد|داریم)|گمانه ?زنی|"
                         r"قرار ?نیست")  # («قرار نیست ... هیچ یک از مقامات آمریکا با وی دیدار کنند»: no plan)
# (being willing to meet, «حاضر است با روحانی دیدار کند», is no meeting planned)
# «گزارش دیدار A و B را تکذیب کرد», «مدعی شده بود که ...»: denied or claimed; also «گزارش مبنی بر
# دیدار ...» (a report alleging it) and «دمشق میزبان X بود» (a city hosting a visitor)
_PLAN_FOR = {key(w) for w in ("برنامه‌ای", "برنامه", "قصدی", "قصد", "تصمیمی", "طرحی")}


def _no_plan(toks: list[Token], ti: int, tj: int) -> bool:
    """«اوباما هیچ برنامه‌ای برای دیدار با روحانی در حاشیه اجلاس ... ندارد»: a plan denied at the clause's end."""
    if not (ti > 1 and toks[ti - 1].key == key("برای") and toks[ti - 2].key in _PLAN_FOR):
        return False
    end = next((k for k in range(tj, len(toks)) if toks[k].text in ".؛:!؟"), len(toks))
    return any(t.key in _NEGATED_VERB for t in toks[tj:end])


# («توافقی برای دیدار ... صورت نگرفته است», «خبر گفتگوی اخیرم با ویتکاف صحت ندارد»)
_DENIED_AFTER = re.compile(r"تکذیب|جعلی|نادرست|کذب|صورت ?نگرفته|صحت ندار|اتفاق نیفتاده")
# «کرملین گفت‌وگوی پوتین با بن‌سلمان ... را رد کرد»: the talks rejected; not «در دیدار با X ادعاهای
# آمریکا را رد کرد», where the meeting is the setting of what he rejected
_REJECTED_AFTER = re.compile(r"را رد کرد")
_SETTING = {key(w) for w in ("در", "طی", "ضمن")}
_NEGATED_VERB = {key(w) for w in ("نکرد", "نکردند", "نکرده", "نکرده‌ام", "نکرده‌ایم", "نداشت", "نداشتند",
                                  "نداشته", "نداشته‌ایم", "نشد", "نشده", "نمی‌کند", "نمی‌کنند", "نخواهد", "نخواهند",
                                  "ندارم", "نداریم", "ندارد", "ندارند", "نداد", "ندادند", "نداده")}


def _sidelines_of(toks: list[Token], sp: Span) -> bool:
    """«در حاشیه نشست سران سازمان شانگهای با X دیدار کرد»: the session is the occasion, not a meeting
    (unlike «در حاشیه دیدار با X اظهار کرد», a meeting held)."""
    return sp.i > 0 and toks[sp.i - 1].key == key("حاشیه") and toks[sp.i].key == key("نشست")


_PRESENT = re.compile(r"حضور داشت(?:ند)?|حاضر بود(?:ند)?")


def _present_too(mentions: list[Mention], toks: list[Token]) -> list[Mention]:
    """Without those named in «در این دیدار که A و B (نیز) حضور داشتند، ...»: others present at the meeting
    just reported, neither its parties nor the subject of what follows."""
    if not (len(toks) > 4 and toks[0].key in (key("در"), key("طی")) and toks[1].key in _ANAPHOR):
        return mentions
    that = next((k for k in range(2, 5) if toks[k].key in _THAT), None)
    present = next((k for k in range(that or len(toks), len(toks) - 1)
                    if _PRESENT.fullmatch(f"{toks[k].text} {toks[k + 1].text}")), None)
    if present is None or not (present + 2 < len(toks) and toks[present + 2].text in "،,"):
        return mentions
    return [m for m in mentions if not that < m.start < present]


def _candidates(s: Sentence, resolver: Resolver, focus: Person | None,
                protagonist: Person | None = None) -> tuple[list[Candidate], Person | None]:
    """Meeting candidates of one sentence and the sentence's subject (for the discourse focus).

    A pronoun (وی) that is the subject of a new meeting refers to the article's protagonist
    (the subject of its first meeting), not to the counterpart who spoke last.
    """
    toks = s.tokens
    mentions = _present_too(_person_mentions(s), toks)
    if not (s.idx == resolver.sentence_idx and resolver.sentence_text.startswith(s.text)):
        resolver.sentence_text, resolver.sentence_idx = s.text, s.idx  # (the words before a quotation: the whole)
    before_quote: list[Candidate] = []
    # «فیدان به خبرنگاران گفت: ...», then «وی ادامه داد: من با ... تماس داشتم»: «وی» is who spoke
    speaker = next((m for m in reversed(mentions) if toks[m.end - 1].end <= s.narrative_end and m.prep not in _PREPS),
                   None) if s.quote is not None else None
    if s.date_start and s.speaker is None:
        # «ظریف افزود: آقای قالیباف ... دیدار خواهد کرد»: a meeting reported in a quotation is its
        # own words'; the one who reports it is no party to it
        mentions = [m for m in mentions if toks[m.start].start >= s.date_start]
        if any(toks[ti].start < s.date_start for ti, _, _ in _triggers(s)):
            # «... به گفت‌وگوی تلفنی A و B اشاره کرد و افزود: ...»: the words before it report one too
            head = Sentence(s.idx, s.para, s.text[:s.date_start], s.start, s.date_start, None, title=s.title)
            head.tokens = [t for t in toks if t.end <= s.date_start]
            head.spans = {i: sp for i, sp in s.spans.items() if sp.j <= len(head.tokens)}
            before_quote, focus = _candidates(head, resolver, focus, protagonist)
    subject = _subject(mentions, toks, s)
    said_by = None
    if s.speaker is not None and s.narrative_end == len(s.text) and s.quote is None:
        # a first-person report inside a quotation: «I» is the one who said it
        if not s.speaker.tokens:
            s.speaker.tokens = tokenize(s.speaker.text)
            s.speaker.spans = match_spans(s.speaker.tokens, s.speaker.text)
        said_by = _subject(_person_mentions(s.speaker), s.speaker.tokens, s.speaker)
    subj_people: list[Person] = []
    if subject is not None:
        subj_people = resolver.people(subject, focus, None)
        if len(subj_people) == 1 and subj_people[0].name and subj_people[0].country and not subject.delegation \
                and _HEADING.search(s.text[: s.narrative_end]):
            # «بلانت رئیس کمیته ... پارلمان انگلیس در صدر یک هیات پارلمانی به تهران می‌آید»
            resolver.delegation_heads.setdefault(subj_people[0].country, subj_people[0])
    new_focus = subj_people[0] if subj_people and not subject.plural else focus
    if speaker is not None and speaker.name and not speaker.plural:
        said = (resolver.people(speaker, focus, None) or [new_focus])[0]
        new_focus = protagonist if protagonist is not None and said is not None and said.same(protagonist) else said
    cands: list[Candidate] = before_quote
    narrative = s.text[: s.narrative_end]
    # («در دو دیدار با سفرای روسیه و هند»: as many meetings as it counts)
    separately = any(t.key in _SEPARATELY for t in toks) or any(
        sp.has("trigger") and sp.i > 0 and toks[sp.i - 1].key in _COUNTED for sp in s.spans.values())
    sentence_facts: list = []  # background flag and written-out date: once per sentence

    def facts() -> tuple[bool, date | None]:
        if not sentence_facts:
            sentence_facts.extend([bool(_BACKGROUND.search(narrative.replace("\u200c", " "))),
                                   _explicit_date(narrative, resolver.published)])
        return sentence_facts[0], sentence_facts[1]

    trigger_ends = {sp.j for sp in s.spans.values() if sp.has("trigger") and not _sidelines_of(toks, sp)}
    last_that = max((k for k, t in enumerate(toks) if t.key in _THAT), default=-1)  # the last «که»
    call_at = [sp.i for sp in s.spans.values() if sp.has("trigger") and sp.get("trigger").data[0] == "call"
               and sp.j - sp.i >= 1 and toks[sp.i].key not in _LONE_CALL_WORDS]
    triggers = _triggers(s)
    for (ti, tj, kind) in triggers:
        if kind == "meeting" and "".join(t.key for t in toks[ti:tj]) in _TALK and any(
                c < ti or 0 < c - tj <= 5 and toks[c - 1].key in _BY_WAY_OF for c in call_at):
            kind = "call"  # «در این تماس ... A و B گفت‌وگو کردند», «در گفت‌وگویی که به صورت ویدئو کنفرانس ...»
        before = toks[ti - 1].key if ti > 0 else ""
        if ti > 1 and _eve_of(toks, ti - 2) and not any(tj <= m.start <= tj + 3 for m in mentions):
            continue  # «گفتگوی A و B در آستانه مذاکرات کشورهای اروپایی ...»: talks to come, of no one named
        if tj == ti + 1 and toks[ti].key in _HIS_MEETING and before not in _IN_HIS_MEETING:
            continue  # «در (پایان) دیدارش با X», «تصاویری از دیدارش با X»: his meeting; not «درخصوص دیدارش با X»
        # «پس از دیدار با X», «پس از دیدار X با وی» (not «پس از نشست سه‌جانبه، با Y دیدار کرد»)
        after_meeting = before == key("از") and ti > 1 and toks[ti - 2].key in (key("پس"), key("بعد")) \
            and tj < len(toks) and (toks[tj].key == key("با") or any(m.start == tj for m in mentions))
        # «درباره نشست اخیر X با Y ... گفت‌وگو کردند»: a recent meeting talked about did happen
        recent = before in _ABOUT and tj < len(toks) and toks[tj].key == key("اخیر")
        # «دومین دور از گفت‌وگوهای A و B»: a round of the talks, not talks spoken of
        round_of = before == key("از") and ti > 1 and toks[ti - 2].key in _ROUND
        # («در این تماس تلفنی ...» opening an article reports no earlier meeting: it is this one)
        if (sp := s.spans.get(ti)) is not None and _sidelines_of(toks, sp):
            continue
        # («مورد بحث و تبادل نظر قرار گرفت»: the passive of talks held, not «در مورد دیدار»; after
        # «در تماس A با B، ...» it is the same talks; «در این نشست که A و B ... مورد بحث ... قرار گرفت»)
        discussed = before == key("مورد") and any(t.key == key("قرار") for t in toks[tj:tj + 3]) \
            and not any(sp.has("trigger") and sp.j <= ti and not (sp.i and toks[sp.i - 1].key in _ANAPHOR)
                        for sp in s.spans.values())
        if before in _ANAPHOR and protagonist is not None or before in _NOT_MEETING_BEFORE and not _reported(toks, ti) \
                and not (kind == "welcome" and before == key("مورد")) and not after_meeting and not recent \
                and not round_of and not discussed:
            continue
        if any(t.key == key("آیا") for t in toks[max(0, ti - 15):ti]):
            continue  # «آیا با ترامپ دیدار خواهد کرد؟»: a question reports nothing
        if _conditional(toks, ti):
            continue  # «اگر ترامپ ... انجام دهد روحانی با او دیدار می‌کند»: a condition, no plan
        if _no_plan(toks, ti, tj):
            continue
        if _NO_MEETING.search(" ".join(t.text for t in toks[max(0, ti - 20):ti])) \
                or _DENIED_AFTER.search(" ".join(t.text for t in toks[tj:tj + 18])) \
                or before not in _SETTING and _REJECTED_AFTER.search(" ".join(t.text for t in toks[tj:tj + 14])) \
                or before == key("بر") and ti > 1 and toks[ti - 2].key == key("مبنی") \
                or toks[ti].key == key("میزبان") and ti > 0 and (sp := s.spans.get(ti - 1)) is not None \
                and sp.has("city", "country") and not sp.has("person", "office") \
                and not (sp.i > 0 and toks[sp.i - 1].key == key("در")) or any(
                t.key in _NEGATED_VERB or t.key in (key("نمی"), key("نخواهد"))
                for t in toks[tj:_own_verb_end(toks, tj, tj + 8)]):
            continue  # («ملاقات نمی کند»: the negative prefix written apart)
        if ti > 1 and toks[ti - 2].key in _NOT_MEETING_BEFORE and before in (key("این"),):
            continue
        after = toks[tj].key if tj < len(toks) else ""
        if after in (key("از"),) and kind == "meeting":
            continue  # «دیدار از نمایشگاه»: a visit to a place
        if any(t.key in _BROADCAST for t in toks[tj:tj + 3]):
            continue  # «گفت‌وگوی (زنده) تلویزیونی رئیس‌جمهور با ...»: a programme on air, no meeting
        if after in _ANAPHOR and tj + 1 < len(toks) and toks[tj + 1].key not in (key("کشور"),):
            continue  # «در دیدار این هفته»? rare; «در گفت‌وگو این ...»
        visitor = next((m for m in mentions if m.start == tj), None)
        if kind == "meeting" and visitor is not None and visitor.end + 1 < len(toks) \
                and toks[visitor.end].key == key("از") and (place := s.spans.get(visitor.end + 1)) is not None \
                and place.has("country", "city") and not place.has("person", "office"):
            continue  # «دیدار شینزو آبه نخست وزیر ژاپن از ایران»: his visit to a country, no one met in it
        lead = None
        attended = False
        to_come = toks[tj - 1].key in (key("دهد"), key("دهند"))  # («قرار است ... را مورد بررسی قرار دهد»)
        if kind == "receive":
            guest = [m for m in mentions if m.start == tj] if toks[ti].key == key("پذیرای") else []
            objects = [guest] if guest else _received(mentions, toks, ti)  # «پذیرای X بود»
            kind = "meeting"
        elif kind == "credentials":
            credence = any(t.key in _CREDENCE for t in toks[max(0, ti - 14):ti])
            objects = _received(mentions, toks, ti) if credence else []
            if not objects:
                continue  # («رهبران کره شمالی، ونزوئلا و کوبا پیام‌هایی از پوتین دریافت کردند»: no envoy received)
            kind = "meeting"
            to_come = any(t.key in (key("خواهد"), key("می")) for t in toks[ti:tj])
        elif kind == "welcome":
            # «مورد استقبال رسمی X قرار گرفت» (X right after), «از X استقبال رسمی کرد» (X after «از»)
            # (X may be followed by its office and the venue: «از رئیسی، رئیس‌جمهور کشورمان در کاخ ... استقبال کرد»;
            # «از پیشنهاد ... استقبال کرد» names no one and is no meeting)
            # «با استقبال رسمی X وارد کاخ شد»: X welcomed the sentence's subject; «استقبال رسمی X از Y»
            host = next((m for m in mentions if m.start == tj and not m.pronoun), None)
            guest = next((m for m in mentions if host and m.start == host.end + 1 and m.prep == key("از")), None)
            if guest is not None:
                lead, welcomed = host, [guest]
            elif before in (key("مورد"), key("با")):
                welcomed = [host] if host else []
            else:
                welcomed = [m for m in mentions if m.end <= ti and m.prep == key("از") and ti - m.end <= 14
                            and not m.pronoun and (m.name or m.role)]
            # a reception on arrival at the airport is no meeting; the official welcome is
            airport = _ARRIVAL.search(narrative) and not any(t.key == key("رسمی") for t in toks[max(0, ti - 4):tj + 1])
            if airport:
                continue  # (nor do the hosts who went to the airport together meet each other there)
            if not welcomed:
                continue  # («... از روابط نزدیک دو کشور استقبال کردند»: an idea welcomed, no guest)
            objects = [[welcomed[-1]]]
            kind = "meeting"
        elif kind == "hand_over":
            # «پیام رهبری را به X تقدیم کرد»: handed over in person; «X» is the «به» phrase before the verb
            to = [m for m in mentions if m.end <= ti and m.prep == key("به") and ti - m.end <= 2]
            message = any(t.key in (key("پیام"), key("نامه"), key("پیامی"), key("نامه‌ای")) or t.key in _CREDENCE
                          for t in toks[max(0, ti - 15):ti])
            if not (to and message):
                continue  # (something handed over to no one named, or no message: no meeting of the givers)
            objects = [[to[-1]]]
            kind = "meeting"
            # «... ارائه کند», «تقدیم خواهد کرد»: the verb is the trigger; subjunctive or future is to come
            to_come = any(t.key in (key("کند"), key("دهد"), key("خواهد")) for t in toks[ti:tj])
        elif kind == "elided":
            objects = _objects(mentions, toks, ti, len(toks), separately, lenient=True)  # the «با» list before the verb
            kind = "meeting"
        elif kind == "call_to":
            to = [m for m in mentions if m.end <= ti and m.prep == key("به") and ti - m.end <= 3]
            objects = [[to[-1]]] if to else []
            kind = "call"
        elif kind == "session" and ti > 0 and toks[ti - 1].key == key("در") and toks[ti].key in _A_SESSION \
                and _PLURAL_PAST.search(narrative.rstrip()) and not (tj < len(toks) and toks[tj].key in _PRESS):
            # «A و B امروز در نشستی در کابل بر ... تاکید کردند»: the two held a session, a meeting
            kind = "meeting"
            objects = _objects(mentions, toks, ti, tj, separately, other_meetings=trigger_ends - {tj})
        elif kind == "session":
            # «نشست عراقچی با فیدان ... برگزار شد»: a named side right after, then «با» the other
            lead, lead_end = _trigger_subject(mentions, toks, tj, s.spans)
            objects = _objects(mentions, toks, lead_end, lead_end, separately) if lead else []
            kind = "meeting"
            if lead is None and ti > 0 and toks[ti - 1].key in _SESSION_WITH and tj + 1 < len(toks) \
                    and toks[tj].key == _BA and toks[tj + 1].key != key("حضور"):
                # «استاندار در (پایان) نشست با سرکنسول عراق گفت»: the subject's session with someone
                objects = _objects(mentions, toks, ti, tj, separately)
            elif lead is None:
                # «نشست «رافائل گروسی» مدیرکل آژانس و محمد اسلامی ... برگزار شد»: the two named right after
                pair = _pair_after(mentions, toks, tj)
                if pair is None:
                    continue
                objects = [pair]
        else:
            lead, lead_end = _trigger_subject(mentions, toks, tj, s.spans)
            objects = _objects(mentions, toks, lead_end, lead_end, separately) if lead else \
                _objects(mentions, toks, ti, tj, separately, other_meetings=trigger_ends - {tj})
            if lead is None and not objects and tj < len(toks) and toks[tj].key in _BETWEEN | {key("که")} \
                    and (pair := _pair_after(mentions, toks, tj)) is not None:
                objects = [pair]  # «دیداری میان A، معاون وزیر ...، و B، استاندار ...، برگزار شد»
            if lead is None and objects and (traveller := _trip_traveller_before(mentions, toks, s.spans, ti)):
                lead = traveller  # «به سفر نخست‌وزیر ژاپن به تهران و دیدار با رهبر انقلاب اشاره کرد»
            if lead is None and (them := _them_before(mentions, toks, ti)):
                objects = them  # (whoever is named after the verb: «... دیدار کردم، سفیر سوئیس ... تأکید کرد»)
            if lead is None and (present := _attended(mentions, toks, s.spans, tj)):
                # («قالیباف در نشست هیأت‌های ایران و ویتنام که با حضور X ... برگزار شد، گفت»: one named
                # present, met by the sentence's subject)
                objects, attended = [present], len(present) >= 2
            if not objects and kind == "call" and tj + 1 < len(toks) and toks[tj].key == key("از"):
                # «X تماسی تلفنی از Y ... دریافت کرد»: Y called X
                caller = next((m for m in mentions if m.start == tj + 1 + (toks[tj + 1].key == key("سوی"))), None)
                if caller is not None and any(t.key == key("دریافت") for t in toks[caller.end:caller.end + 30]):
                    objects = [[caller]]
        groups = []
        split: list[bool] = []
        multilateral = any(t.key.endswith((key("جانبه"), key("جانبه‌ای"))) and t.key not in _BILATERAL
                           for t in toks[ti:tj]) or any(t.key in _JOINT for t in toks[ti:tj])
        plural_trigger = any(t.key.endswith((key("های"), key("ها"), key("هایی"))) or t.key in _SESSIONS for t in toks[ti:tj])
        conference = any(t.key in _CONFERENCE for t in toks[ti:tj])
        if plural_trigger and len(objects) == 1 and len(objects[0]) == 1 and objects[0][0].plural \
                and objects[0][0].start == tj and not objects[0][0].counterpart:
            continue  # «دیدارها و تماس‌های تلفنی روسای جمهور دو کشور»: their meetings in general, none in particular
        sidelines = resolver.summit
        # on a visit abroad («در این سفر»), an unqualified office met there is the host state's
        visited = resolver.trip[1] if resolver.trip and resolver.trip[1] not in (None, "ایران") else None
        host = visited if visited and any(t.key in _TRIP_NOUNS for t in toks[:ti]) else None
        own = subject.countries if subject is not None else []  # (a counterpart's state is another)
        # («در نروژ با «ارنا سولبرگ» نخست وزیر، «اریکسون سوریده» وزیر خارجه ... دیدار داشتم»: a foreign
        # place the sentence puts the meeting in; its state's, those named with an unqualified office)
        place = _foreign_place_before(s, ti) or (
            _foreign_place_before(s, objects[0][0].start, tj) if objects and objects[0] else None)
        for grp in objects:
            ppl = []
            for m in grp:
                if m.pronoun and lead is not None and subject is not None and subject is not lead \
                        and not subject.pronoun:
                    # «روحانی پس از دیدار احمدی‌نژاد با وی گفت»: «وی» is the sentence's subject
                    ppl += resolver.people(subject, focus, None)
                    continue
                if m.pronoun and subject is not None and not subject.pronoun:
                    # «X ... از رئیس‌جمهور ونزوئلا استقبال کرد و سپس با وی دیدار کرد»: «وی» is the
                    # last other person named before it in the sentence, not the subject
                    alt = _antecedent(mentions, m, subject)
                    if alt is not None:
                        ppl += resolver.people(alt, focus, None)
                        continue
                if m.role and not m.name and not m.plural and m.start > 0 and toks[m.start - 1].key in _ANAPHOR:
                    # «در بیت آیت‌الله صافی گلپایگانی حضور یافت و با این مرجع تقلید دیدار کرد»: the one named
                    # before with that office, or with none
                    alt = _antecedent(mentions, m, subject, of_office=m.role)
                    if alt is not None:
                        ppl += resolver.people(replace(alt, role=alt.role or m.role), focus, None)
                        continue
                if m.counterpart and not m.name and not m.countries and toks[m.start].key == key("همتای") \
                        and (state := host or place or _other_state(s, ti, own) or visited) and state not in own:
                    # «به سوریه رفت و با همتای خود دیدار کرد», «لاوروف ... وارد تهران شد و با همتای خود»: the
                    # host state's (or, the sentence naming none, that of the article's one trip abroad)
                    m = replace(m, countries=[state])
                elif (host or place and "head" in resolver.lex.offices.get(m.role or "", set())) \
                        and m.role and not m.name and not m.countries and not m.counterpart and (not m.plural or m.offices) \
                        and resolver.lex.offices.get(m.role, set()) & {"iran", "head"}:
                    # «پزشکیان در این سفر ... با نخست‌وزیر، رئیس‌جمهور ... دیدار خواهد کرد»: the host's; so are
                    # the heads met «در بغداد» («پزشکیان در بغداد با رئیس جمهور و نخست وزیر دیدار کرد»)
                    m = replace(m, countries=[host or place])
                elif place and m.role and m.name and not m.name_from_table and not m.countries and not m.counterpart \
                        and not m.plural and m.role not in _ENVOYS and "iran" in resolver.lex.offices.get(m.role, set()):
                    m = replace(m, countries=[place])
                ppl += resolver.people(m, focus, None, met=m.prep == key("با") and bool(m.name) and not _host(m))
            states = {p.country for p in ppl if p.country}
            if len(grp) > 1 and len(states) == 1 and (state := next(iter(states))) != "ایران" \
                    and all(m.name and m.role and not m.plural for m in grp) \
                    and sum(1 for p in ppl if p.country is None) == 1:
                for p in ppl:  # «با «A» رئیس‌جمهور، «B» رئیس مجلس و «C» نخست‌وزیر»: the list's state
                    if p.country is None and p.role in resolver.lex.offices and "iran" not in resolver.lex.offices[p.role]:
                        p.country = state
            ppl = [p for p in ppl if p.counterpart or resolver.valid(p)]  # an office with no state names no one
            countries = {p.country for p in ppl}
            if ppl:
                groups.append(ppl)
                # «A با رئیس‌جمهور فرانسه و نخست‌وزیر ژاپن دیدار کرد»: two bilaterals; «A با X، Y، Z
                # و W دیدار کرد» (one «دیدار» with four counterparts) is one group meeting unless the
                # trigger is plural («دیدارهای ...»)
                # «همتایان ترکیه‌ای و ترکمنستانی خود»; at a summit «با روسای جمهور ترکیه و قزاقستان»
                # new ambassadors present their credentials one by one («با سفیران سوئیس، فنلاند و ...»)
                credentials = grp[0].role == "سفیر" and resolver.credentials
                one_per_country = len(grp) == 1 and grp[0].plural and (grp[0].counterpart or sidelines or credentials
                                                                        or separately or plural_trigger)
                # «با رئیس‌جمهور، نخست‌وزیر و وزیر خارجه عراق», «با «میشل سلیمان» رئیس‌جمهور، «نبیه بری»
                # رئیس مجلس ...»: a state's office-holders are met one by one
                # («با مسعود پزشکیان و محمدرضا عارف، معاون اول ...»: offices the table knows count too)
                # («با رئیس جمهور، نخست وزیر و سران گروه‌های سیاسی»: a crowd of no state named names no one)
                listed = [m for m in grp if not (m.plural and not m.countries and not m.offices and not m.name)]
                one_per_office = len(listed) > 1 and len(ppl) == sum(len(m.offices) or 1 for m in listed) and len(countries) == 1 \
                    and None not in countries and all(p.role for p in ppl) \
                    and (len({p.role for p in ppl}) == len(ppl)  # («رئیس مجلس ملی» and «رئیس مجلس نمایندگان»: two)
                         or all(m.name for m in grp) and len({m.role_text for m in grp}) == len(grp) == len(ppl)) \
                    and not all(p.role in _ENVOYS for p in ppl)
                # (a state's envoys, its ambassador and its consul general, are met together)
                # three or more states: bilaterals on a summit's sidelines, else one joint meeting
                # («با وزیران خارجه انگلیس، فرانسه و آلمان» in Geneva)
                # «با حضرات آیات A، B و C»: visits one by one
                # («با آیت الله A و آیت الله B»: clerics, each with his title, are visited one by one)
                # («با مراجع تقلید، حضرات آیات A، B و C»: the plural office only announces the list)
                # (not «آقایان A و B سفرای جدید کشورمان»: one office of one state shared, met together)
                shared_office = len({(m.role, tuple(m.countries)) for m in grp}) == 1 and bool(grp[0].role) \
                    and len(grp[0].countries) == 1
                one_per_name = len(grp) > 1 and (any(m.plural_honorific for m in grp) and not shared_office
                                                 or all(m.one_each for m in grp)
                                                 or all(m.honorific and m.name and _cleric(toks, m) for m in grp))
                # a phone call is between two: «با A وزیر خارجه عربستان، B وزیر خارجه قطر و C ... تلفنی
                # رایزنی کرد» is one call each (not a conference: «ویدئوکنفرانس», «نشست مجازی»)
                calls_each = kind == "call" and not conference
                # heads of three or more states listed together are met one by one («با روسای جمهور A، B و C
                # و نخست‌وزیر D»; a joint meeting of theirs says so: «نشست سه‌جانبه»)
                heads_each = len(ppl) >= 3 and all(p.role in _HEADS for p in ppl)
                offices_each = len(grp) == 1 and bool(grp[0].offices) and not grp[0].joint  # one office-holder at a time
                # («با وزرای خارجه چین، روسیه، ... و دستیار ویژه رئیس‌جمهور روسیه» at a summit: one each, even
                # with two of one state)
                many_states = sidelines and any(m.plural and len(m.countries) >= 3 for m in grp)
                # («در نشستی با A فرماندار و B امام جمعه ... دیدار کرد»: one session, all of one state together;
                # not «دیداری با روسای مجالس A، B و C داشت» on a summit's sidelines)
                one_session = len(countries) == 1 and any(
                    t.key in _ONE_SESSION for t in toks[max(0, grp[0].start - 8):grp[0].start])
                # («با اسماعیل هنیه رئیس دفتر سیاسی حماس و زیاد النخاله دبیرکل جهاد اسلامی»: leaders of
                # movements, no state's, received together)
                movements = len(countries) > 1 and all(resolver.lex.org_kind.get(c) == "movement" for c in countries)
                split.append(not multilateral and not one_session and not movements and (one_per_office or one_per_name or offices_each
                                                   or (len(grp) > 1 or one_per_country or heads_each)
                             and None not in countries and (len(countries) == len(ppl) or many_states)
                             and (len(ppl) <= 2 or plural_trigger or one_per_country or sidelines or calls_each
                                  or heads_each)))
        subjects: list[Mention] = []
        obj_ids = {id(m) for grp in objects for m in grp}
        # «... محور دیدار پوتین و ملک سلمان است»: the two named right after the trigger met each other
        # (not «به دیدار آیات A و B رفت»: a visit to both)
        # («تماس تلفنی میان A و B»: the two are the call's parties, whoever reports it)
        between_pair = lead is None and len(objects) == 1 and len(objects[0]) == 2 and (
            objects[0][0].start == tj or (toks[objects[0][0].start - 1].key in (key("میان"), key("بین"))
                                          or tj < len(toks) and toks[tj].key in _MEETING_ADJECTIVES | _WHEN_FILLER)
            and all(_filler(toks, k) for k in range(tj, objects[0][0].start))) \
            and objects[0][0].prep not in _PREPS and toks[objects[0][0].end].key == key("و") \
            and objects[0][1].start == objects[0][0].end + 1 and not objects[0][0].plural_honorific \
            and (objects[0][1].name or objects[0][1].countries or objects[0][1].pronoun
                 or "iran" in resolver.lex.offices.get(objects[0][1].role or "", ())) \
            and not (ti > 0 and toks[ti - 1].key == key("به") and kind != "call")  # («به گفت‌وگوی تلفنی A و B اشاره کرد»)
        # («از گفت‌وگوی تلفنی روسای جمهور ایران و آمریکا خبر داد»: the two states' office-holders, one mention)
        between_pair = between_pair or attended or lead is None and len(objects) == 1 and len(objects[0]) == 1 \
            and all(_filler(toks, k) for k in range(tj, objects[0][0].start)) \
            and objects[0][0].plural and len(objects[0][0].countries) == 2 \
            and TWO_STATES not in objects[0][0].countries and _reported(toks, ti)
        # («در جریان دیدار روز پنج‌شنبه وزیران امور خارجه ایران و عربستان در پکن»: the day between)
        # («جلسه فوق العاده سران قوا»: the heads of Iran's three branches, together)
        # («نشست وزیران کشاورزی ایران و کنیا برگزار می‌شود»: the two states' ministers)
        between_pair = between_pair or lead is None and len(objects) == 1 and len(objects[0]) == 1 \
            and (objects[0][0].joint and objects[0][0].start - tj <= 2 or _two_states_office_held(toks, objects[0][0], tj))
        # («در دیدار اخیر روسای جمهور دو کشور در تاجیکستان»: the two states' heads, the article's two states)
        between_pair = between_pair or lead is None and len(objects) == 1 and len(objects[0]) == 1 \
            and objects[0][0].countries == [TWO_STATES] and objects[0][0].role in _HEADS \
            and objects[0][0].prep != _BA and all(_filler(toks, k) for k in range(tj, objects[0][0].start))
        # spokesmen meeting spokesmen («کنعانی ... با زاخارووا سخنگوی ... دیدار کرد») are the principals
        # («کنعانی ... با ژوئل سامپایو، همتای برزیلی خود دیدار کرد»: his counterpart, a spokesman too)
        media_met = bool(objects) and (
            all(m.media and m.name and not _host(m) for g in objects for m in g)
            or all(m.counterpart for g in objects for m in g) and any(x.media and x.name for x in mentions if x.end <= ti))
        while_end = max(_leading_clause_end(toks, mentions), _contrast_start(toks, ti), _and_clause_start(mentions, toks, ti))
        media_subject = None if media_met or not objects else _spokesman_subject(mentions, toks, ti, while_end, obj_ids)
        for m in ([lead] if lead else [] if between_pair else mentions):
            if lead or while_end <= m.start and m.end <= ti and id(m) not in obj_ids and m.prep not in _PREPS | _SENDER_OF \
                    and (not m.media or media_met or m is media_subject) and not _cited(toks, m.start):
                subjects.append(m)
                # «A و B ... دیدار کردند»
                k = mentions.index(m)
                # («A، office، و B», «A سفیر ایران در ترکمنستان و B»)
                while k + 1 < len(mentions) and mentions[k + 1].end <= ti and \
                        1 <= mentions[k + 1].start - (end := _post_end(mentions[k], toks, s.spans)) <= 2 and all(
                            t.key in _COORD for t in toks[end:mentions[k + 1].start]):
                    subjects.append(mentions[k + 1])
                    k += 1
                break
        sub_people: list[Person] = []
        for m in subjects:
            # «عراقچی و همتای عمانی خود»: the counterpart holds the first subject's office
            role = sub_people[0].role if sub_people and m.counterpart else None
            # («وی ادامه داد: من با ... تماس داشتم»: in a first-person report «وی» is who spoke last)
            sub_people += resolver.people(m, protagonist if (m.pronoun and protagonist and said_by is None) else focus,
                                          role, met=media_met or m is media_subject)
        if said_by is not None and any(t.key in _FIRST_PERSON_SINGULAR for t in toks[tj:tj + 8]):
            # «... با آقای A، وزیر امور عمرانی سلطان عمان و B گفتگوهایی داشتم»: «I», the one quoted, had them
            subjects, sub_people = [said_by], resolver.people(said_by, focus, None)
        if not sub_people and subjects and all(m.plural and not m.countries for m in subjects):
            subjects = []  # «سخنرانی در اجلاس سران ...، دیدار با X ...»: heads of no named state are no subject
        if not sub_people and not subjects and focus and groups and sum(len(g) for g in groups) < 2 \
                and _traveller(mentions, toks, obj_ids) is None:  # (whose programme it is: see below)
            sub_people = [focus]
        if not sub_people and said_by is not None and not any(m is said_by for g in objects for m in g):
            sub_people = resolver.people(said_by, focus, None)
        if not sub_people and any(m.delegation for m in subjects):
            # a delegation whose head the article never names in so many words: the one the report
            # follows (who came with it), else no one identifiable on its side
            if focus is None or any(p.same(focus) for g in groups for p in g):
                continue
            sub_people = [focus]
        programme_item = False
        if not sub_people and not subjects:
            # «دیدار با A، B و C از برنامه‌های (صبح دوشنبه) X است»: the traveller is the subject,
            # and met them one by one: his programme's items, still to come unless told in the past
            traveller = _traveller(mentions, toks, obj_ids)
            if traveller is not None:
                sub_people = resolver.people(traveller, focus, None)
                programme_item = bool(sub_people) and not multilateral
                split = [one_each or programme_item and len(g) > 1 and None not in (cs := [p.country for p in g])
                         and len(set(cs)) == len(cs) for g, one_each in zip(groups, split)]
        if not sub_people and not subjects and separately and len(groups) == 1 and len(groups[0]) >= 3 \
                and len(objects[0]) == 1 and objects[0][0].plural and not multilateral:
            # «دیدار روسای جمهور ایران، کرواسی و قزاقستان به طور جداگانه»: the first (Iran's) met
            # each of the others
            first = next((p for p in groups[0] if p.country == "ایران"), groups[0][0])
            sub_people, groups, split = [first], [[p for p in groups[0] if p is not first]], [True]
        if not sub_people and not subjects and focus and groups and objects[0][0].prep == key("با") \
                and not any(p.same(focus) for g in groups for p in g):
            # «دیدار با A، B و C ...» with no one named before: the one the report follows met them
            sub_people = [focus]
        if not sub_people and not subjects and focus and len(groups) == 1 and len(groups[0]) >= 3 \
                and not multilateral and None not in (countries := [p.country for p in groups[0]]) \
                and len(set(countries)) == len(countries) and not any(p.same(focus) for p in groups[0]):
            # «با دیدار A، B، C و D ادامه یافت»: leaders of three or more states in a programme
            # are the followed person's meetings, one each (not a meeting of theirs)
            sub_people, split = [focus], [True]
        if not sub_people and (any(m.pronoun for m in subjects) or any(m.offices and not m.joint for g in objects for m in g)):
            continue  # «وی ... با X و Y دیدار کرد» with «وی» unknown: X and Y did not meet each other
        if not sub_people and not subjects and lead is None and not between_pair and objects \
                and all(g and g[0].prep == _BA for g in objects):
            continue  # «اعضای این هیات ... با A، B و C دیدار می‌کنند»: those met, by someone unnamed, not each other
        if sub_people and any(len(g) > 1 for g in groups) and not multilateral and \
                any(t.key in (key("جداگانه"), key("جدا")) for t in toks[max(0, ti - 4):tj + 2]):
            # «با وزیران خارجه فرانسه، آلمان و انگلیس به صورت جداگانه دیدار کرد»
            split = [len(g) > 1 for g in groups]
        if sub_people and any(split):
            # «A با رئیس‌جمهور فرانسه و نخست‌وزیر ژاپن دیدار کرد»: separate bilateral meetings
            groups = [x for g, one_each in zip(groups, split) for x in ([[p] for p in g] if one_each else [g])]
        # («گفت‌وگوی تلفنی ظریف و همتای عراقی»: with no subject, the counterpart is his)
        subject_role = sub_people[0].role if sub_people else next(
            (p.role for g in groups for p in g if not p.counterpart and p.role), None) if between_pair else None
        for g in groups:
            for p in g:
                if p.counterpart and p.name and subject_role and p.role != subject_role and any(
                        o.role == subject_role for o in resolver.lex.officials_named(p.name)):
                    p.role = subject_role  # «با ظریف، همتای ایرانی خود»: the office he held as a counterpart
                if p.counterpart and not p.role:
                    p.role = subject_role
                    if p.country and not p.name:
                        off = resolver.holder(p.role, p.country) if p.role else None
                        if off:
                            p.name = off.name
                        else:  # «به دعوت «عمر کرکز»، رئیس دادگاه عالی ترکیه» ... «با همتای ترکیه‌ای خود»
                            named = {n for (_, c), n in resolver.named_holders.items() if c == p.country}
                            if len(named) == 1:
                                p.name = named.pop()
        before_verb = " ".join(t.text for t in toks[max(0, ti - 12):ti])
        past_verb = _past_verb(toks, tj)  # «در ادامه برنامه‌های سفر ... دیدار کرد» happened
        # «... دیدارهایی با A، B و C خواهم داشت»: the speaker's own meetings to come
        spoken_future = said_by is not None and _spoken_future(toks, tj)
        planned = to_come or spoken_future or _purpose(toks, ti) or _future_verb(toks, tj) or _one_of_plans(toks, ti) \
            or _future_past_list(toks, tj) \
            or not past_verb and bool(
            _PLANNED_BEFORE.search(before_verb) or _PLANNED_TIME.search(before_verb)
            # (past a long list of those to be met: up to the clause's end)
            or _PLANNED_AFTER.search(" ".join(t.text for t in toks[tj:_clause_end(toks, tj, 40)]))
            # («قرار بود در جریان این سفر، X با Y دیدار و ... بپردازد»: the sentence opens on what was arranged)
            or [t.key for t in toks[:2]] in _ARRANGED_OPENINGS)
        # the sentence's last verb is its own (also past a «که» clause closed by a comma: «... علاوه بر
        # ملاقات با X، در اجلاسی که در سوچی تشکیل می‌شود، شرکت می‌کند»)
        own_verb_last = s.narrative_end == len(s.text) and (last_that < tj or any(
            toks[k].text in "،," and _verb_like(toks[k - 1]) for k in range(last_that + 2, len(toks))))
        last_word = max((k for k, t in enumerate(toks) if t.word), default=-1)
        if any(t.key in _PAST_VERB for t in toks[tj:last_word]):
            # «در تماس با X از او خواست (تا) ... مضاعف کند»: asked, then what for
            own_verb_last = False
        if not planned and not past_verb and own_verb_last and (
                _ends_in_future(toks) or _ends_in_future_tense(toks)):
            # «نشست سه‌جانبه‌ای ... فردا در مسکو برگزار می‌شود», «در دیدار با X ... رایزنی می‌کند», «... خواهد کرد»
            planned = True
        if not planned and not past_verb and not s.title and (
                programme_item or _PROGRAMME.search(narrative.replace("\u200c", " "))) \
                and not _ends_in_past(toks[:next((k for k in range(tj, len(toks)) if toks[k].text == "؛"), len(toks))]):
            # («... آخرین برنامه دیپلماتیک وزیر در این روز بود؛ کامیکاوا در این دیدار گفت»: the clause's own verb)
            planned = True  # an item of an announced trip programme («... سومین برنامه سفر او بود»: done)
        cancelled = bool(_CANCELLED.search(narrative)) and _cancelled(toks, s.spans, ti)  # (one search first: cheap)
        # a title, or «دیدار A و B ... مهم است» (no verb of the meeting): the status comes from elsewhere
        # «... از دیدار A و B در روز سه‌شنبه خبر داد»: announced, held or to come as other sentences tell
        # («... از سفر بورل به تهران در روزهای ... و دیدارهای او با ... خبر داد»: one of the things announced)
        announced = (before == key("از") or before == key("و") and any(
            toks[k].key == key("از") and not any(t.key in _VERB_WORDS for t in toks[k:ti]) for k in range(max(0, ti - 24), ti - 1))) \
            and any(t.key == key("خبر") for t in toks[tj:])
        status = "planned" if planned or cancelled else (
            None if s.title or announced or not past_verb and _ends_in_copula(toks) else "held")
        if not groups:
            if len(sub_people) >= 2 and subjects and (_with_unnamed_officials(toks[subjects[-1].end:ti])
                                                       or _with_unnamed_officials(toks[tj:tj + 5])):
                # «وزیر بهداشت و وزیر نیرو با مقامات عراقی دیدار کردند», «A و B ... تا ضمن دیدار با مقامات
                # ارشد لبنان ...»: not with each other
                continue
            groups = [[]]
        if len(sub_people) >= 2 and all(p.role == "سفیر" for p in sub_people) \
                and len({p.country for p in sub_people}) == len(sub_people) and resolver.credentials:
            # «سفیران جدید عراق، بنین و سریلانکا استوارنامه‌هایشان را ... تسلیم کردند»: one by one
            groups, sub_people = [[p, *g] for p in sub_people for g in groups], []
        if status == "planned" and sub_people and not multilateral and not conference:
            # «قرار است با پاپ فرانسیس، متئو رنتسی نخست‌وزیر و سرجیو ماتارلا رئیس‌جمهور ایتالیا دیدار
            # کند»: named holders of different offices on a visit's programme are its items, one each
            # («با رؤسای مجالس سوریه، عراق و لبنان»: the holders of one office in several states, one each)
            groups = [x for g in groups for x in ([[p] for p in g] if len(g) >= 2 and all(p.role for p in g) and (
                all(p.name for p in g) and len({p.role for p in g}) == len(g)
                or None not in {p.country for p in g} and len({(p.role, p.country) for p in g}) == len(g)
                and len({p.country for p in g}) >= 2) else [g])]
        for g in groups:
            ppl = _dedupe([*sub_people, *g], resolver)
            # (not a call held after a meeting of theirs called off: «به دنبال ... لغو دیدار با همتای عمانی خود،
            # بن علوی ... در تماس تلفنی با ظریف جویای احوال وی شد»)
            if cands and all(any(p.same(q) for c in cands for q in c.people) for p in ppl) and not (
                    status == "held" and past_verb and all(
                        c.status == "planned" for c in cands if all(any(p.same(q) for q in c.people) for p in ppl))):
                # a second trigger of the same sentence about people its meetings have met («A و B برای
                # بررسی ... مذاکرات برجام گفتگوی تلفنی داشتند»: the call with its verb tells the kind)
                if kind == "call" and _past_verb(toks, tj):
                    for c in cands:
                        if c.sentence is s and c.kind == "meeting" and all(any(p.same(q) for q in c.people) for p in ppl):
                            c.kind = "call"
                if status == "planned" and not past_verb:
                    for c in cands:
                        first = c.pos - s.idx * 10000
                        if c.sentence is s and c.status == "held" and first + 1 < ti \
                                and toks[first + 1].key == key("و") \
                                and not any(t.key in _PAST_VERB for t in toks[first:ti]) \
                                and all(any(p.same(q) for q in c.people) for p in ppl):
                            c.status = "planned"  # «با X دیدار و درباره ... گفتگو خواهد کرد»: one verb for both
                continue
            if toks[ti].key in _THEIR_MEETINGS and len({p.country for p in ppl}) == 1 and not any(
                    t.key == _BA for t in toks[ti:tj + 3]):
                continue  # «در تصاویر دیدارهای ظریف و روحانی در نیویورک»: the meetings each had, not one together
            if len(ppl) >= 2:
                clause = " ".join(t.text for t in toks[max(0, ti - 12):min(len(toks), tj + 6)])
                # («دو هفته قبل وزرای خارجه دو کشور در حاشیه اجلاس ... در جده تبادل نظر کردند»: the time
                # opens a long sentence, or stands by its subject: «رئیس دستگاه دیپلماسی بهمن ماه سال جاری ...»)
                long_clause = " ".join(t.text for t in [*toks[:min(ti, 10)], *toks[max(10, ti - 24):ti]])
                # the trigger's own verb may come after its counterpart's name and office
                verb_part = " ".join(t.text for t in toks[tj:min(len(toks), tj + 16)])
                background, written_date = facts()
                timed = any(sp.has("relday", "weekday", "jmonth", "gmonth") for sp in s.spans.values())
                # (the day a relative day or weekday gives, to tell the same people's meetings apart)
                when = _date_near(s, resolver.published, status == "planned", toks[ti].start) \
                    if timed and resolver.published and not s.title else None
                # meetings met apart are placed at their counterparts: «روز ۲۳ خرداد با A و روز ۲۴ خرداد با B»
                at = g[0].first_pos if len(groups) > 1 and g and g[0].first_pos < ti else ti
                cands.append(Candidate(s, s.idx * 10000 + at, kind, status, cancelled, ppl,
                                       background, written_date,
                                       status == "held" and not _time_reference(toks, ti) and (
                                           recent or bool(_PAST.search(clause) or _PAST.search(long_clause)
                                                          or _PLUPERFECT.search(clause)
                                                          or _PLUPERFECT.search(verb_part)
                                                          or _EARLIER.search(
                                                              " ".join(t.text for t in toks[:tj])))),
                                       day_month=_day_and_month(narrative),
                                       timed=timed, talk="".join(t.key for t in toks[ti:tj]) in _TALK, when=when))
    if subj_people and not any(c.kind == "call" for c in cands) and any(
            kind == "call" and not (ti > 0 and toks[ti - 1].key in _ANAPHOR) for ti, _, kind in triggers):
        resolver.callers.append(subj_people[0])  # its calls' parties are named further on, if at all
    return cands, new_focus


def _dedupe(people: list[Person], resolver: Resolver) -> list[Person]:
    out: list[Person] = []
    for p in people:
        if not resolver.valid(p):
            continue
        for q in out:
            if q.same(p):
                q.merge(p)
                break
        else:
            out.append(replace(p))
    return out[:MAX_PERSONS_PER_MEETING]


_SOURCE_WORDS = {key(w) for w in ("طبق", "گفته", "اعلام", "نقل", "روایت", "اطلاعات")}
_PRESS = {key(w) for w in ("خبری", "مطبوعاتی")}
# («یک مقام ارشد در کرملین», «در نشست خبری خود در مسکو»: where the source spoke)
_SOURCE_NOUNS = {key(w) for w in ("مقام", "مقامی", "منبع", "منبعی", "منابع", "سخنگوی", "سخنگو")} | _PRESS


def _spokesman_subject(mentions: list[Mention], toks: list[Token], ti: int, while_end: int,
                       obj_ids: set[int]) -> Mention | None:
    """«ماریا زاخاروا، سخنگوی وزارت خارجه روسیه امروز با A دیدار کرد»: a named spokesman who is the clause's
    own subject met A; not one who reports others' meeting («سخنگو گفت: ...», «سخنگو اعلام کرد B با A ...»)."""
    first = next((m for m in mentions if while_end <= m.start and m.end <= ti and id(m) not in obj_ids
                  and m.prep not in _PREPS and not _cited(toks, m.start)), None)
    if first is None or not (first.media and first.name):
        return None
    if ti > 0 and toks[ti - 1].key == key("از") and any(t.key == key("خبر") for t in toks[ti:]):
        return None  # («سخنگو ... از دیدار A با B خبر داد»: he announced it)
    after = _after_relative_clause(toks, first.end, ti)  # («... که به تهران سفر کرده است، امروز با A»)
    if any(x.start >= after and x.end <= ti and id(x) not in obj_ids for x in mentions) \
            or _SPEECH.search(" ".join(t.text for t in toks[after:ti])):
        return None
    return first


def _after_relative_clause(toks: list[Token], start: int, stop: int) -> int:
    """Where the words after a mention go on past a clause on it («X، سخنگوی ...، که به تهران سفر کرده
    است، امروز ...»: «که» up to its closing comma, within 50 words and before ``stop``); else ``start``."""
    k = start + (start < stop and toks[start].text in "،,")
    if k < stop and toks[k].key in _THAT:
        end = next((j for j in range(k + 1, min(stop, k + 52)) if toks[j].text in "،,"), None)
        if end is not None:
            return end + 1
    return start


_SPOKESMAN = {key(w) for w in ("سخنگو", "سخنگوی")}
_SENDER_OF = {key(w) for w in ("نامه", "پیام")}  # «به منظور ارائه نامه قالیباف به ...»: whose letter, not who met


def _cited(toks: list[Token], start: int) -> bool:
    """A mention at start cited as the source: «طبق اعلام X»، «به گفته X»، «به اساس اطلاعات X»، «به نقل از X»."""
    return start > 1 and (toks[start - 1].key in _SOURCE_WORDS and toks[start - 2].key in (key("طبق"), key("به"), key("اساس"))
                          or toks[start - 1].key == key("از") and toks[start - 2].key == key("نقل"))


_BEFORE_AFTER = {key(w) for w in ("پس", "بعد", "پیش", "قبل")}
_PREPOSED = {key(w) for w in ("در", "به", "برای", "طی", "بنا", "بنابر", "ضمن")}
_PREPOSED_MEETING = {key(w) for w in (
    "دیدار", "دیدارهای", "ملاقات", "گفت‌وگو", "گفتگو", "گفت‌وگوی", "گفتگوی", "تماس", "نشست", "جلسه", "مذاکره",
    "مذاکرات", "رایزنی", "این", "آن", "همین", "پایان", "خاتمه", "حالی",
    "گزارش", "نقل", "گفته", "اعلام")}  # nor a source («به گزارش ...، همزمان با سفر A، B با C دیدار کرد»)


# conjunctions opening a clause with a subject of its own after a comma
_NEW_CLAUSE = {key(w) for w in ("اما", "ولی", "لیکن", "ولیکن", "چنانکه", "چنان‌که")}


def _contrast_start(toks: list[Token], ti: int) -> int:
    """Where the clause «، اما ...» that has the trigger at ``ti`` begins (0 if none): «ترامپ پیشنهاد
    مذاکره داد، اما خامنه‌ای در دیدار با نخست وزیر ژاپن ...», «او گفت ...، چنانکه ظریف با تیلرسون
    گفتگو کرده است» (the first clause's subject met no one)."""
    return next((k + 1 for k in range(ti - 1, 0, -1) if toks[k].key in _NEW_CLAUSE and toks[k - 1].text in "،,"), 0)


def _and_clause_start(mentions: list[Mention], toks: list[Token], ti: int) -> int:
    """Where a clause joined by «و» after a verb begins, with a subject of its own named first (0 if
    none): «لاوروف به تهران سفر کرد و ظریف با همتای روسی خود دیدار کرد» (not «... سفر کرد و با X
    دیدار کرد»: the same subject goes on)."""
    starts = {m.start for m in mentions if m.prep not in _PREPS and not m.pronoun and m.end <= ti}
    for k in range(ti - 1, 1, -1):
        if toks[k].key == key("و") and toks[k - 1].key in _VERB_WORDS and k + 1 in starts:
            return k + 1
        if toks[k].key in _THAT - {key("که")} and k + 1 in starts and not any(
                toks[j].key in _VERB_WORDS and toks[j + 1].text in "،," for j in range(k + 1, ti - 1)):
            return k + 1  # «گراسیموف با یادآوری اینکه شی جین پینگ ... با پوتین دیدار کرد، ...»: the clause's own subject
    return 0


def _leading_clause_end(toks: list[Token], mentions: list[Mention]) -> int:
    """Where a leading clause ends (0 if none); the sentence's subject comes after it: «در حالی که
    دیشب روحانی ... بودند، رئیس جمهور امریکا در تماس با روحانی ...», «همزمان با سفر A، نخست وزیر
    عراق به ایران، B و C با یکدیگر دیدار کردند» (a comma inside A's apposition does not end it)."""
    keys = [t.key for t in toks[:3]]
    # («پس از اعلام ترامپ ...، ظریف به چین سفر کرد»: a time phrase, not «پس از آنکه A با B دیدار کرد، ...»)
    after_event = len(keys) == 3 and keys[0] in _BEFORE_AFTER and keys[1] == key("از") and keys[2] not in _THAT | {
        key("آن"), key("این"), key("دیدار"), key("ملاقات"), key("گفت‌وگو"), key("گفتگو"), key("تماس"), key("نشست"),
        key("پایان"), key("خاتمه"), key("اتمام"), key("رایزنی"), key("مذاکره"), key("مذاکرات")}
    # («در سفر اخیر لاریجانی به پکن، ظریف ... با وانگ یی ... دیدار کرد»: whose trip it was is no subject)
    trip = keys[:2] == [key("در"), key("سفر")] or keys == [key("در"), key("جریان"), key("سفر")]
    # («به منظور شرکت در نخستین اجلاس استانداران ...، ایگور بابوشکین ... با استاندار گیلان دیدار کرد»)
    # («در حاشیه نشست وزرای امور خارجه ... در جده، عراقچی و عطاف ... دیدار کردند»: the event's people are no subject)
    purpose = keys[:2] in ([key("به"), key("منظور")], [key("برای"), key("شرکت")], [key("در"), key("حاشیه")])
    # («در ادامه تحرکات دیپلماتیک ... در جده، عراقچی ... با فیدان ... دیدار کرد»: any phrase set before the
    # subject by a comma, unless it names the meeting itself («در دیدار A با B، ...») or the source
    preposed = len(keys) > 1 and keys[0] in _PREPOSED and keys[1] not in _PREPOSED_MEETING
    if keys != [key("در"), key("حالی"), key("که")] and keys[:2] != [key("همزمان"), _BA] and not after_event \
            and not trip and not purpose and not preposed:
        return 0
    end = next((k for k, t in enumerate(toks) if t.text in "،,"), 0)
    if (trip or preposed) and (to := _trip_phrase_end(toks, end or len(toks))):
        end = to  # «در ادامه سفر رئیس‌جمهور به ازبکستان «سدیر جباروف» ...»: no comma, the destination ends it
    if (trip or purpose or preposed) and not any(end < m.start <= end + 2 and not m.pronoun and m.prep not in _PREPS for m in mentions):
        return 0  # («در سفر به پکن، با وانگ یی دیدار کرد»: no other subject named after it)
    while inside := next((m for m in mentions if m.start < end < m.end - 1), None):
        end = next((k for k in range(inside.end - 1, len(toks)) if toks[k].text in "،,"), 0)
    return end


def _trip_phrase_end(toks: list[Token], limit: int) -> int:
    """In a leading phrase about a trip («... سفر X به ازبکستان «A» ...»), where a quoted subject opens right
    after the destination (0 if not so)."""
    k = next((k for k in range(min(limit, 12)) if toks[k].key == key("سفر")), None)
    if k is None:
        return 0
    to = next((j for j in range(k + 1, min(limit, k + 8)) if toks[j].key == key("به")), None)
    if to is None or to + 2 >= len(toks) or toks[to + 2].text != "«":
        return 0
    return to + 1


def _subject(mentions: list[Mention], toks: list[Token], s: Sentence) -> Mention | None:
    trig_ends = {sp.j for sp in s.spans.values() if sp.has("trigger")}
    prev = None  # the last mention skipped as an object
    while_end = _leading_clause_end(toks, mentions)
    for m in mentions:
        if m.start < while_end:
            continue
        if _cited(toks, m.start):
            continue  # «طبق اعلام یوشاکوف، ...», «به گفته X»: the source, not the subject
        if m.start > 1 and toks[m.start - 1].key == key("دعوت") and toks[m.start - 2].key == key("به"):
            continue  # «به دعوت ظریف، وانگ یی ... سفر خواهد کرد»: the host who invited
        if m.prep in _SENDER_OF:
            continue  # «نامه رئیس مجلس ایران به همتای عراقی ... ابلاغ شد»: whose letter, not the subject
        listed = prev is not None and m.prep in _COORD and all(
            t.key in _COORD | _SEPARATE for t in toks[prev.end:m.start])  # «با A، B و C»: B and C too
        if m.prep in _PREPS or m.start in trig_ends or m.counterpart or listed:
            prev = m
            continue
        if m.start > 0 and toks[m.start - 1].key in (key("دیدار"), key("همراه")):
            continue
        return m
    return None


def _traveller(mentions: list[Mention], toks: list[Token], obj_ids: set[int]) -> Mention | None:
    """The person whose programme or trip the sentence lists: a mention up to three words after
    «برنامه‌های» / «سفر» («برنامه‌های صبح دوشنبه رئیس‌جمهور», «سفر ظریف»)."""
    for m in mentions:
        if id(m) in obj_ids or m.pronoun:
            continue
        for k in range(m.start - 1, max(-1, m.start - 5), -1):
            if toks[k].key in _TRAVELLER_BEFORE or toks[k].key == key("های") and k > 0 \
                    and toks[k - 1].key in _TRAVELLER_BEFORE:  # «برنامه های X» written apart
                return m
            if not toks[k].word or any(x.start <= k < x.end for x in mentions):
                break
    return None


_TRIP_NOUNS = {key("سفر"), key("سفرش")}  # «در این سفر»


def _trip_traveller_before(mentions: list[Mention], toks: list[Token], spans: dict[int, Span], ti: int) -> Mention | None:
    """«سفر (تاریخی) نخست‌وزیر ژاپن به تهران و دیدار با رهبر انقلاب»: the traveller of the trip named
    right before «و» and the meeting word met them (not the sentence's subject)."""
    if ti < 4 or toks[ti - 1].key != key("و"):
        return None
    trip = next((k for k in range(ti - 2, max(-1, ti - 16), -1) if toks[k].key in _TRIP_NOUNS), None)
    traveller = None if trip is None else next(
        (m for m in mentions if trip < m.start <= trip + 5 and m.end < ti and (m.name or m.role) and not m.pronoun), None)
    if traveller is None or not (traveller.end + 1 < ti and toks[traveller.end].key == key("به")):
        return None
    place = spans.get(traveller.end + 1)
    return traveller if place is not None and place.has("city", "country") and place.j == ti - 1 else None


def _other_state(s: Sentence, ti: int, own: list[str]) -> str | None:
    """The one state the sentence names before the trigger at ``ti`` that is not the subject's own
    (``own``, or Iran when the subject's is not said)."""
    states = {state for k, state in _states_named(s, at=True) if k < ti} - set(own or ["ایران"])
    return states.pop() if len(states) == 1 else None


def _foreign_place_before(s: Sentence, ti: int, start: int = 0) -> str | None:
    """The state of a foreign place after «در» before the trigger at ``ti`` («در نروژ با ...»), or, from
    ``start``, before whom it was with («ملاقات‌های X در بغداد با ...»)."""
    state = next((state for k, state in reversed(_states_named(s, at=True))
                  if max(0, start) < k < ti and s.tokens[k - 1].key == key("در")), None)
    return state if state != "ایران" else None


def _antecedent(mentions: list[Mention], m: Mention, subject: Mention | None,
                of_office: str | None = None) -> Mention | None:
    """The last other person named before ``m`` in the sentence (not its subject): whom «وی» means;
    with ``of_office``, one named who holds that office or none («با این مرجع تقلید»)."""
    return next((x for x in reversed(mentions) if x.end <= m.start and x is not subject and not x.pronoun
                 and not x.media and (of_office is None or x.name and x.role in (None, of_office))), None)


def _pair_after(mentions: list[Mention], toks: list[Token], tj: int) -> list[Mention] | None:
    """«نشست (آتی) میان «ولادیمیر پوتین» ... و «دونالد ترامپ» ...»: the two joined by «و» right after the
    meeting word (a comma may close the first one's office before «و»)."""
    at = tj
    if at < len(toks) and toks[at].key == key("که"):  # («این دیدار که در حاشیه ... بین A و B برگزار شد»)
        at = next((k + 1 for k in range(at + 1, min(len(toks), at + 16))
                   if toks[k].key in _BETWEEN and _meeting_between(toks, {tj}, k)), at)
    while at < len(toks) and toks[at].key in _BETWEEN_WORDS | _WHEN_FILLER:  # («نشست سپتامبر سال گذشته A و B»)
        at += 1
    pair = [m for m in mentions if m.start >= at][:2]
    if len(pair) < 2 or pair[0].start != at:
        return None
    gap = [t.key for t in toks[pair[0].end:pair[1].start]]
    if gap not in ([key("و")], [key("،"), key("و")], [key(","), key("و")]) \
            or not all((m.name or m.role) and not m.plural and not m.counterpart for m in pair):
        return None
    return pair


def _trigger_subject(mentions: list[Mention], toks: list[Token], tj: int,
                     spans: dict[int, Span]) -> tuple[Mention | None, int]:
    """«دیدار(های) X با Y», «گفت‌وگوی تلفنی X با Y»: the mention right after the trigger,
    followed by «با» and another mention, is the subject; with where its phrase ends (at «با»)."""
    if tj + 1 < len(toks) and toks[tj].key == key("خود") and toks[tj + 1].key == key("با"):
        # «... سفر اخیر ابراهیم رئیسی به سوریه و دیدار خود با بشار اسد»: his own meeting, the one just named
        # (not one named as the object, «ترامپ را در جریان گفت‌وگوهای خود با X قرار داد»: «خود» is the subject's)
        own = next((m for m in reversed(mentions) if m.end <= tj and (m.name or m.role) and not m.pronoun
                    and not (m.end < len(toks) and toks[m.end].key == key("را")) and m.prep not in _PREPS), None)
        if own is not None and any(m.start == tj + 2 for m in mentions):
            return own, tj + 1
    first = next((m for m in mentions if m.start >= tj), None)
    # «نشست اخیر X با Y», «ملاقات روز یکشنبه X با Y»: an adjective or a day between; «ملاقات دو هفته قبل X با Y»
    counted = first is not None and first.start == tj + 3 and (toks[tj].text.isdigit() or toks[tj].key in _DURATION_NUMBERS) \
        and toks[tj + 1].key in _SPANS_OF_TIME
    if first is None or first.counterpart or first.start > tj + 2 + counted or not all(
            t.key in _MEETING_ADJECTIVES | _RECENT | _WHEN_WORDS | _PAST_EZAFE | _JOINT for t in toks[tj + counted:first.start]):
        return None, tj  # («از دیدار روز گذشته‌ی X با Y خبر داد»; «جلسه مشترک X با Y»)
    if first.pronoun:  # «دیدار وی با شهردار تهران ...»: the one «وی» means met him
        if not (first.end < len(toks) and toks[first.end].key == key("با")):
            return None, tj
        # «... پس از سفر عراقچی به دوحه و دیدار او با امیر قطر»: «او» is the one named in the phrase
        # just joined by «و», not whoever the article spoke of last
        and_at = next((k for k in range(tj - 1, max(0, tj - 4), -1) if toks[k].key == key("و")), None)
        named = next((m for m in reversed(mentions) if and_at is not None and m.end <= and_at and (m.name or m.role)
                      and not m.pronoun and and_at - m.end <= 6), None)
        if named is not None and not any(t.key in _VERB_WORDS for t in toks[named.end:and_at]):
            return named, first.end
        return first, first.end
    end = first.end
    office = next((m for m in mentions if m.start == end and m.role and not m.name), None)
    if office is not None:
        end = office.end  # «علی لاریجانی مشاور رهبر انقلاب با ...»: his office read apart
    elif end + 2 < len(toks) and toks[end].key in _TITLE_WORDS and toks[end + 1].key in _ANAPHOR \
            and toks[end + 2].key in _INSTITUTIONS:
        end += 3  # «دیدار X مدیر این سازمان با ...»: an office named by the institution before
    if first.role and end + 1 < len(toks) and toks[end].key in _ANAPHOR and toks[end + 1].key in _INSTITUTIONS:
        end += 2  # «دیدار نورالدین عزیزی سرپرست این وزارتخانه با ...»
    if first.name and first.role and end + 2 < len(toks) and toks[end].key == key("و") \
            and toks[end + 1].key in _TITLE_WORDS | {key("قائم‌مقام")}:
        # «دیدار علی دارابی قائم‌مقام وزیر و معاون میراث فرهنگی کشور با ...»: his second office, no one named
        ba = next((k for k in range(end + 2, min(len(toks), end + 9)) if toks[k].key == _BA), None)
        if ba is not None and all(toks[k].word for k in range(end + 1, ba)) \
                and not any(end < m.start < ba and (m.name or m.pronoun) for m in mentions):
            end = ba
    if end + 1 < len(toks) and toks[end].key == key("در") and first.role in _ENVOYS:
        # «سفیر ایران در کابل، با ...», «... در جمهوری اسلامی ایران با ...»: his post
        post = next((k for k in range(end + 2, min(len(toks), end + 5)) if toks[k].key == _BA or toks[k].text in "،,"), None)
        end = post if post is not None else end + 2
    while end < len(toks) and toks[end].text in "،,":
        end += 1
    if end + 2 < len(toks) and toks[end].key == key("در") and (place := spans.get(end + 1)) is not None \
            and place.has("city", "country") and not place.has("person", "office"):
        end = place.j  # «ملاقات‌های مسعود پزشکیان در بغداد با ...»: where, between the subject and «با»
    # («دیدارهای ظریف با مقامهای بلندپایه کوبا از جمله رییس جمهور ...»: officials, then those named)
    if end + 1 < len(toks) and toks[end].key == key("با") and any(
            m.start == end + 1 or end + 1 < m.start <= end + 12 and _officials_then(toks[end:m.start]) for m in mentions):
        return first, end
    if _with_unnamed_officials(toks[end:end + 4]):
        return first, end  # «رایزنی تخت‌روانچی با مقامات فرانسوی»: his talks, with no one named
    return None, tj


_PRESENCE = {key("حضور"), key("مشارکت")}  # «با حضور/مشارکت A و B»


def _attended(mentions: list[Mention], toks: list[Token], spans: dict[int, Span], tj: int) -> list[Mention]:
    """«مذاکرات ایران و آمریکا با حضور A و B ... و همچنین C و D ... برگزار شود»: talks of two states right
    after the meeting word, and those present named: the meeting is theirs, all together."""
    k, states, n = tj, 0, len(toks)
    while k + 1 < n and k - tj <= 16 and not (toks[k].key == _BA and toks[k + 1].key in _PRESENCE):
        sp = spans.get(k)
        if toks[k].key in _DELEGATION_PLURAL or toks[k].text in "()":
            k += 1  # («نشست دوجانبه هیأت‌های ایران و ویتنام», «صبح امروز (سه شنبه)»)
            continue
        if sp is not None and sp.has("country"):
            states += 1
            k = sp.j
            continue
        if sp is not None and sp.has("office") and sp.get("office").data[0]:
            k = sp.j  # («در سطح وزرای خارجه»)
            continue
        if toks[k].key in _VERB_WORDS or not toks[k].word or sp is not None and sp.has("person", "office"):
            return []
        k += 1
    if states < 2 or k + 2 >= n or toks[k].key != _BA:
        return []
    present = [m for m in mentions if m.start == k + 2][:1]
    for m in mentions:  # («... ویلیام برنز قائم مقام و وندی شرمن»: an office no gazetteer has, between)
        gap = toks[present[-1].end:m.start] if present else []
        if present and m.start > present[-1].end and len(gap) <= 4 and gap[-1].key in _COORD | _SEPARATE \
                and all(t.word and t.key not in _VERB_WORDS for t in gap):
            present.append(m)
    if len(present) == 1 and present[0].name and present[0].countries and any(
            m.end <= tj and m.prep not in _PREPS for m in mentions):
        return present  # the sentence's subject met the one present
    return present if len(present) >= 2 and all(m.name for m in present) else []


def _post_end(m: Mention, toks: list[Token], spans: dict[int, Span]) -> int:
    """Where an envoy's mention ends with his post: «سفیر ایران در (کشور) ترکمنستان»."""
    k = m.end + 1 + (m.end + 1 < len(toks) and toks[m.end + 1].key == key("کشور"))
    if m.role in _ENVOYS and m.end < len(toks) and toks[m.end].key == key("در") \
            and (post := spans.get(k)) is not None and post.has("country", "city") and not post.has("person", "office"):
        return post.j
    return m.end


def _portfolio(words: list[Token]) -> bool:
    """«در امور آسیای جنوبی و مرکزی»: the brief an office covers, written after its holder's state."""
    return 3 <= len(words) <= 8 and words[0].key == key("در") and words[1].key == key("امور") \
        and all(t.word and t.key not in _VERB_WORDS for t in words)


_ENTOURAGE = re.compile(r"و (?:هیات|هیئت|هیأت) همراه(?: (?:او|وی|ایشان))?،? (?:از جمله|شامل)")


def _received(mentions: list[Mention], toks: list[Token], ti: int) -> list[list[Mention]]:
    """«... Y (و هیئت همراه) را به حضور پذیرفت»: Y is the last mention before «را»."""
    ra = next((k for k in range(ti - 1, max(-1, ti - 6), -1) if toks[k].key == key("را")), None)
    if ra is None:
        return []
    before = [m for m in mentions if m.end <= ra and (ra - m.end <= 3 or _portfolio(toks[m.end:ra]))]
    if not before:
        return []
    idx = mentions.index(before[-1])
    # («X و هیئت همراه او از جمله وزیر خارجه را ...»: one of X's party, not whom was received)
    idx = next((j for j in range(idx - 1, max(-1, idx - 3), -1)
                if _ENTOURAGE.fullmatch(" ".join(t.text for t in toks[mentions[j].end:mentions[idx].start]))), idx)
    grp = [mentions[idx]]
    while idx > 0 and mentions[idx - 1].end + 1 == mentions[idx].start and toks[mentions[idx - 1].end].key in _COORD:
        grp.insert(0, mentions[idx - 1])
        idx -= 1
    if idx == 0:
        return []  # the object would also be the subject
    return [grp]


_THEM = {key(w) for w in ("آنها", "آن‌ها", "آنان", "ایشان")}


def _them_before(mentions: list[Mention], toks: list[Token], ti: int) -> list[list[Mention]]:
    """«بنا به درخواست سفرای سوئیس و ترکیه جداگانه با آنها دیدار کردم»: «با آنها» just before the trigger
    stands for the office of several states named last before it in the sentence."""
    ba = next((k for k in range(ti - 2, max(-1, ti - 5), -1) if toks[k].key == _BA and toks[k + 1].key in _THEM), None)
    if ba is None or not all(_filler(toks, k) or toks[k].key in _SEPARATELY for k in range(ba + 2, ti)):
        return []
    plural = [m for m in mentions if m.end <= ba and m.plural and len(m.countries) >= 2]
    return [[plural[-1]]] if plural else []


# «به‌طور جداگانه», «طی چندین نشست با وزرای دفاع سوریه، ایران و ترکیه»: one meeting each
_SEPARATELY = {key("جداگانه"), key("جدا"), key("چندین")}
_COUNTED = {key(w) for w in ("دو", "سه", "چهار", "پنج")}


def _states_listed_end(toks: list[Token], i: int, stop: int) -> int | None:
    """From ``i``, «و ترکیه» (or nothing) closing a counterparts' apposition, then a comma before ``stop``:
    where that comma is (None if the words there are anything else)."""
    k = i
    if k + 1 < stop and toks[k].key == key("و") and any(
            e.kind in ("country", "adj") for e in lexicon().phrases.get(toks[k + 1].key, ())):
        k += 2
    return k if k < stop and toks[k].text in "،," else None


def _objects(mentions: list[Mention], toks: list[Token], ti: int, tj: int,
             separately: bool | None = None, lenient: bool = False,
             other_meetings: set[int] = frozenset()) -> list[list[Mention]]:
    """Counterparts of a trigger: after it («دیدار (با) X»), or «با X» before it («با X دیدار کرد»),
    unless that «با X» belongs to another trigger's «نشست (اخیر) W با X» (``other_meetings``: where
    other triggers end)."""
    groups: list[list[Mention]] = []
    after = [m for m in mentions if m.start >= tj]
    if after and after[0].pronoun and after[0].end < len(toks) and toks[after[0].end].key == _BA:
        return groups  # «آغاز دیدارهای وی با مقامات عالی این کشور»: «وی» has the meetings, with no one named
    if after:
        gap = toks[tj:after[0].start]
        if len(gap) - sum(_day_of_month(toks, k) for k in range(tj, after[0].start)) <= 5 \
                and all(_filler(toks, k) or not toks[k].word and toks[k].text in "،,"
                                 for k in range(tj, after[0].start)) or _officials_then(gap) \
                or gap and gap[0].key == _BA and after[0].prep == _BA and _ba_before(  # («دیدار با سران ... و X»)
                    toks, after[0].start - 1, mentions, crowd=True) \
                or _told_in_it(toks, tj, after[0].start) and (after[0].name or after[0].counterpart
                                                            or after[0].role and after[0].countries and not after[0].plural):
            # («در این تماس تلفنی به «لوید آستین» همتای آمریکایی خود ... تاکید کرد»: told him, in the call)
            grp = [after[0]]
            intro_ba = any(t.key == key("با") for t in gap)
            k = 0
            while k + 1 < len(after):
                between = toks[after[k].end:after[k + 1].start]
                apposition_closed = False
                if k + 2 < len(after) and after[k].name and after[k + 1].counterpart and not between:
                    # «با A و B همتایان چینی و ترکیه، C ...»: the counterparts' states in apposition, the list goes on
                    states_end = _states_listed_end(toks, after[k + 1].end, after[k + 2].start)
                    if states_end is not None:
                        del after[k + 1]
                        between, apposition_closed = toks[states_end:after[k + 1].start], True
                if k + 2 < len(after) and _crowd_passed(after[k + 1], after[k + 2], between, toks):
                    del after[k + 1]
                    between = toks[after[k + 1].start - 1:after[k + 1].start]
                if _unnamed_body(after[k], between):
                    between = between[-1:]  # «دبیرکل انجمن دوستی و رئیس مجلس»
                between = _after_post(after[k], between)
                if _among(after[k], between):
                    grp = [x for x in grp if x is not after[k]] + [after[k + 1]]  # the named ones, not the body
                    k += 1
                    continue
                keys = [t.key for t in between]
                if not between or len(between) > 3 or not all(x in _COORD | {key("با")} | _SEPARATE for x in keys) \
                        or keys == [key("با")] and intro_ba:
                    break  # («پس از دیدار A با B با رئیس‌جمهور ایران دیدار می‌کند»: a «با» of another verb)
                if k and not apposition_closed and all(not t.word for t in between) and any(
                        t.key == key("و") for t in toks[after[k - 1].end:after[k].start]):
                    break  # («پس از دیدار A و B، C نامه‌ای فرستاد»: the list closed by «و», C opens the clause)
                if (key("با") in keys and intro_ba) or any(x in _SEPARATE for x in keys):
                    groups.append(grp)
                    grp = []
                grp.append(after[k + 1])
                k += 1
            groups.append(grp)
            if separately is None:
                separately = any(t.key in _SEPARATELY for t in toks)
            if separately and len(groups) == 1 and len(grp) > 1:
                groups = [[m] for m in grp]
            return groups
    ending_at = {w.end: w for w in mentions} if other_meetings else {}
    before = [m for m in mentions if m.end <= ti and m.prep == _BA and not _press_with(toks, m.start) and not (
        (w := ending_at.get(m.start - 1)) is not None and (w.start in other_meetings or w.start - 1 in other_meetings
                                                           and toks[w.start - 1].key in _MEETING_ADJECTIVES | _RECENT))]
    if before:
        m = before[-1]
        grp = [m]
        apart: list[list[Mention]] = []  # «با X و همچنین Y»: Y is met apart
        idx = mentions.index(m)
        first = idx
        while first > 0 and mentions[first - 1].prep == _BA \
                and _another_with(toks[mentions[first - 1].end:mentions[first].start - 1]):
            # «روز ۲۳ خرداد با A و روز ۲۴ خرداد با B دیدار خواهد کرد»: each on its day; «با A و با B»: «با»
            # said again, each met apart
            first -= 1
            apart.insert(0, [mentions[first]])
        if not apart and first > 0 and mentions[first - 1].prep == _BA \
                and _others_such_as(toks[mentions[first - 1].end:mentions[first].start]):
            grp.insert(0, mentions[first - 1])  # «با A و دیگر مقامات ارشد از جمله B»: A is met too
        while idx + 1 < len(mentions) and mentions[idx + 1].end <= ti:
            between = _such_as(_after_post(mentions[idx], toks[mentions[idx].end:mentions[idx + 1].start]))
            if idx + 2 < len(mentions) and mentions[idx + 2].end <= ti \
                    and _crowd_passed(mentions[idx + 1], mentions[idx + 2], between, toks):
                between = toks[mentions[idx + 2].start - 1:mentions[idx + 2].start]
                mentions = [*mentions[:idx + 1], *mentions[idx + 2:]]  # (the crowd is no principal)
            if _unnamed_body(mentions[idx], between) or (
                    lenient or m.one_each or m.plural_honorific or mentions[idx].role and mentions[idx + 1].name) \
                    and _list_gap(_unbracketed(between)) or _unlisted_post(mentions[idx], mentions[idx + 1], between):
                between = between[-1:]  # («با «عمار حکیم» رئیس ائتلاف العراقیون، «عادل عبد المهدی» ...»)
            if not between or not all(t.key in _COORD | _SEPARATE for t in between):
                break
            if any(t.key in _SEPARATE for t in between):
                apart.append(grp)
                grp = []
            grp.append(mentions[idx + 1])
            idx += 1
        gap = toks[grp[-1].end:ti]  # from the end of the «با X، Y و Z» list to the trigger
        # (longer: «با X، وزیر دفاع و پشتیبانی نیروهای مسلح و دیگر مقامات بلندپایه ... دیدار»: his office
        # and others unnamed («برخی از مقامات»), no one named, no verb and no new clause between)
        # («با «حسن روحانی» رئیس‌جمهور که برای شرکت در هفتاد و سومین نشست ... به این شهر رفته، دیدار کرد»: a
        # clause on him, closed by a comma)
        named_between = any(x.name for x in mentions if grp[-1].end <= x.start < ti)
        relative = 2 < len(gap) <= 50 and gap[0].key in _THAT and gap[-1].text in "،," and not named_between
        # («با X استاندار تهران در محل استانداری در راستای فراهم کردن بستر ... میان دو کشور دیدار کرد»:
        # the place and purpose of the meeting, no one named and no finite verb between)
        # («با سرگئی لاوروف همتای روس خود درباره تعمیق روابط ...، گسترش همکاری‌ها ... و قاچاق مواد مخدر
        # رایزنی می‌کند»: what they discuss, however long the list of it)
        topic_first = bool(gap) and (gap[0].key in _ABOUT or len(gap) > 1 and gap[0].key == key("در")
                                     and gap[1].key in _ABOUT | {key("مورد"), key("زمینه")})
        adverbial = (len(gap) <= 22 or topic_first and len(gap) <= 40) and not named_between and not any(
            t.key in _VERB_WORDS or t.text in ".؛:" for t in gap)
        # («با X و هیئت همراه راه‌های تقویت همکاری‌ها و ... سوریه پس از زلزله‌ای که ... لرزاند، را مورد بحث و
        # بررسی قرار داد»: what they discussed, the object of the verb closed by «را», a clause of its own inside)
        discussed = bool(gap) and gap[-1].key == key("را") and len(gap) <= 40 and not named_between \
            and not any(t.text in ".؛:" for t in gap)
        if len(gap) <= 14 or relative or adverbial or discussed or len(gap) <= 24 and not any(
                (t.key in _CLAUSE_BREAK and not (k and t.key == key("از") and gap[k - 1].key in _SOME))
                or t.key in _VERB_WORDS or t.text in ".؛:" for k, t in enumerate(gap)) and not named_between:
            if separately is None:
                separately = any(t.key in _SEPARATELY for t in toks)
            if separately:
                return [[x] for g in [*apart, grp] for x in g]
            return [*apart, grp]
    return groups


_BROADCAST = {key(w) for w in ("تلویزیونی", "رادیویی", "تلوزیونی")}


def _told_in_it(toks: list[Token], tj: int, start: int) -> bool:
    """Between a trigger and a person: «به», maybe after when («در یک گفتگوی تلفنی در شامگاه جمعه به
    امیرعبداللهیان گفت»: the one told, in the call)."""
    return start > tj and toks[start - 1].key == key("به") and all(
        _filler(toks, k) or toks[k].key == key("در") or toks[k].key in _WEEKDAY_KEYS for k in range(tj, start - 1))


def _press_with(toks: list[Token], start: int) -> bool:
    """«در نشست خبری مشترک با X، ... را تشریح کرد»: who shared a press conference, not a meeting."""
    return any(t.key in _PRESS for t in toks[max(0, start - 4):start - 1])


_SUCH_AS = {key(w) for w in ("همچون", "مانند", "نظیر", "چون")}


def _among(m: Mention, between: list[Token]) -> bool:
    """«با برخی از روسای جمهور حاضر در این اجلاس از جمله «X» ...»: an unnamed body, then those of it named."""
    keys = [t.key for t in between if t.text != "«"]
    return m.plural and not m.name and not m.countries and 2 <= len(keys) <= 8 \
        and keys[-2:] == [key("از"), key("جمله")] and not any(k in _VERB_WORDS for k in keys)


def _such_as(between: list[Token]) -> list[Token]:
    """«با A، B و شخصیت‌هایی همچون C»: people named as examples go on the list, and «و تعدادی از» more."""
    keys = [t.key for t in between]
    if 2 <= len(keys) <= 4 and keys[0] in _COORD and (keys[-1] in _SUCH_AS or keys[-2:] == [key("از"), key("جمله")]
                                                      or keys[1:] == [keys[1], key("از")] and keys[1] in _SOME):
        return between[:1]  # (also «و تعدادی از وزرای خارجه ...»)
    return between


def _after_post(m: Mention, between: list[Token]) -> list[Token]:
    """«با کاظم جلالی، سفیر ایران در مسکو، داود میرزاخانی ...»: an envoy's post («در مسکو») is no
    gap in the list; what follows it is."""
    if (m.role in _ENVOYS or (m.role or "").startswith("نماینده")) and len(between) >= 3 and between[0].key == key("در"):
        # («نماینده ویژه ما در امور یمن و همچنین وزیر خارجه»: a portfolio too)
        cut = next((k for k in range(2, min(len(between), 5)) if between[k].key in _COORD), None)
        if cut is not None:
            return between[cut:]
    return between


_OTHER_WORDS = {key(w) for w in ("دیگر", "سایر")}


def _others_such_as(between: list[Token]) -> bool:
    """Between «با A» and B: «و دیگر/سایر مقامات ارشد ایرانی از جمله» (B is one of the others met)."""
    keys = [t.key for t in between if t.text != "«"]
    return 4 <= len(keys) <= 9 and keys[0] == key("و") and keys[1] in _OTHER_WORDS \
        and keys[-2:] == [key("از"), key("جمله")] and not any(k in _VERB_WORDS for k in keys)


def _another_with(between: list[Token]) -> bool:
    """Between «با A» and a second «با»: «و», or «و روز ۲۴ خرداد», «و فردا» («و» then only a day)."""
    return bool(between) and between[0].key == key("و") and all(
        t.key in _TIME_WORDS or t.key in _MONTH_KEYS or t.text.isdigit() for t in between[1:])


_SESSION_WITH = {key(w) for w in ("در", "پایان", "طی", "ضمن")}  # «در پایان نشست با X»
_UNNAMED_OFFICIALS = {key(w) for w in ("مقامات", "مسئولان", "مسوولان", "مقام‌های", "شخصیت‌های")}
_CROWD_HEADS = _UNNAMED_OFFICIALS | {key(w) for w in ("سران", "رؤسای", "روسای", "رهبران", "نمایندگان")}


def _with_unnamed_officials(gap: list[Token]) -> bool:
    """«... با (برخی) مقامات / مقام‌های بلندپایه عراق ...»: those met are officials no one names."""
    keys = [t.key for t in gap]
    for k in (k for k, x in enumerate(keys) if x == _BA):
        nxt = keys[k + 2:k + 4] if k + 1 < len(keys) and keys[k + 1] in _SOME else keys[k + 1:k + 3]
        if nxt and (nxt[0] in _UNNAMED_OFFICIALS or nxt[:2] == [key("مقام"), key("های")]):
            return True
    return False


def _officials_then(gap: list[Token]) -> bool:
    """«دیدارهایی با مقامات ارشد بسیاری از کشورها و همتایان خود، ...»: officials no one names,
    then «و» (or «از جمله») those named."""
    ba = next((k for k, t in enumerate(gap) if t.key == key("با")), None)
    if ba is not None and ba + 1 < len(gap) and gap[ba + 1].key in _SOME:
        ba += 1  # «با برخی مقامات کشورمان از جمله ...»
    # («... از جمله X»: those named among them)
    among = len(gap) >= 2 and gap[-2].key == key("از") and gap[-1].key == key("جمله") or gap[-1].key == key("ازجمله")
    return ba is not None and len(gap) <= 12 and ba + 1 < len(gap) and gap[ba + 1].key in _UNNAMED_OFFICIALS \
        and (gap[-1].key == key("و") or among) and not any(t.key in _VERB_WORDS or t.text in ".؛:" for t in gap)


def _state_in(words: list[Token]) -> str | None:
    """The one state named by a single word among ``words`` («مقامهای بلندپایه کوبا»)."""
    states = {e.canon for t in words for e in lexicon().phrases.get(t.key, ()) if e.kind == "country"}
    return states.pop() if len(states) == 1 else None


def _unbracketed(between: list[Token]) -> list[Token]:
    """The words but a short bracketed part («حضرت معصومه (س)»)."""
    out, depth = [], 0
    for t in between:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":
            out.append(t)
    return out if depth == 0 else between


def _list_gap(between: list[Token], longest: int = 6) -> bool:
    """A few words the gazetteers do not know, then «،» or «و», inside a list of people
    («یوهان اشنایدر امان رئیس‌جمهور کنفدراسیون سوئیس، ...»)."""
    return 2 <= len(between) <= longest and between[-1].key in _COORD and not any(
        t.key in _CLAUSE_BREAK | _VERB_WORDS or t.text in ".؛:" for t in between)


def _unlisted_post(m: Mention, nxt: Mention, between: list[Token]) -> bool:
    """«با ملا عبدالغنی برادر معاون امور اقتصادی ریاست الوزرای طالبان و امیرخان متقی سرپرست ...»: a named
    person's office the gazetteers do not know, between two named people."""
    return bool(m.name and not m.role and nxt.name and nxt.role and between and between[0].key in _TITLE_WORDS) \
        and _list_gap(between, longest=8)


def _unnamed_body(m: Mention, between: list[Token]) -> bool:
    """«با دبیرکل انجمن دوستی و رئیس مجلس»: words no gazetteer knows after a bare office, then
    «و» or «،», are the office's organisation: the list goes on after them."""
    return bool(m.role and not m.countries and not m.name and 2 <= len(between) <= 4
                and between[-1].key in _COORD
                and all(t.word and t.key not in _STOP for t in between[:-1]))


@dataclass
class Meeting:
    kind: str
    cands: list[Candidate]
    people: list[Person]
    statements: list[dict] = field(default_factory=list)
    # what its candidates say, kept as they come (a long article's one meeting has thousands)
    past: bool = False
    timed: bool = False
    titled: bool = False
    statuses: set[str] = field(default_factory=set)
    day: date | None = None
    day_month: tuple[int, int] | None = None
    when: date | None = None

    def __post_init__(self) -> None:
        for c in self.cands:
            self._note(c)

    def _note(self, c: Candidate) -> None:
        self.past, self.timed, self.titled = self.past or c.past, self.timed or c.timed, self.titled or c.sentence.title
        if c.status:
            self.statuses.add(c.status)
        self.day = self.day or c.day
        self.day_month = self.day_month or c.day_month
        self.when = self.when or c.when

    @property
    def pos(self) -> int:
        return self.cands[0].pos

    def overlap(self, c: Candidate) -> int:
        return sum(1 for p in c.people if any(p.same(q) for q in self.people))

    def absorb(self, c: Candidate) -> None:
        self.cands.append(c)
        self._note(c)
        if c.kind == "call":
            self.kind = "call"
        for p in c.people:
            q = next((q for q in self.people if q.same(p)), None) or \
                next((q for q in self.people if q.compatible(p) and not any(q.same(x) for x in c.people)), None)
            if q is not None:
                q.merge(p)
            else:
                self.people.append(replace(p))

    def has(self, p: Person) -> Person | None:
        return next((q for q in self.people if q.same(p)), None)


@lru_cache(maxsize=4096)
def _day_and_month(text: str) -> tuple[int, int] | None:
    return D.day_and_month(text)  # (once per sentence)


@lru_cache(maxsize=4096)
def _best_date(text: str, pub: date | None, future: bool) -> date | None:
    """``dates.best_date``, once per sentence and publication date (several meetings ask)."""
    return D.best_date(text, pub, future)


def _date_near(s: Sentence, pub: date | None, future: bool, at: int) -> date | None:
    """The date of the trigger at char ``at``: a written-out date first; among relative days and
    weekdays the nearest one before the trigger («X که روز گذشته وارد تهران شد، امروز با Y
    دیدار کرد» is today), else the nearest after it."""
    text = s.text[: s.narrative_end]
    # (a quotation read for its meeting is dated from its own words, unless the meeting word stands before
    # it: «X صبح امروز ... در نشست با Y ... اظهار داشت: در این سفر ... گفتگو می‌کنیم»)
    start = s.date_start if at >= s.date_start else 0
    finds = [f for f in D.find_dates(text, pub, future) if f.pos >= start]
    if not finds:
        return None
    finds = [f for f in finds if not (f.pos > at and f.rank <= 1 and _day_of_the_object(text, f.pos))]
    if not finds:
        return None
    top = max(f.rank for f in finds)
    if top >= 2:
        weekdays = {f.value.weekday() for f in finds if f.rank == 0}
        finds = [f for f in finds if f.rank == top]
        if len({f.value for f in finds}) > 1:
            # («شامگاه شنبه، ۷ مارس ۲۰۲۶ (۱۷ اسفند ۱۴۰۴)»: two dates that disagree; the weekday written says which)
            finds = [f for f in finds if f.value.weekday() in weekdays] or finds
    before = [f for f in finds if f.pos < at]
    if not before and _VAGUE_PAST.search(text, start, at):
        return None  # «X که هفته گذشته با Y دیدار کرده بود، امروز گفت ...»: a week, not a day; «امروز» is the saying's
        # (a day before the trigger still dates it: «روز پنجشنبه هفته قبل», «روز دوشنبه با X که از هفته گذشته ...»)
    if before:
        return max(before, key=lambda f: f.pos).value
    return min(finds, key=lambda f: f.pos).value


# a time before publication no day can be read from
_VAGUE_PAST = re.compile(r"(?<![^\W\d_])(?:(?:هفته|ماه|سال) ?(?:گذشته|پیش|قبل)|(?:چندی|مدتی) ?(?:پیش|قبل)|اخیرا|اخیراً)(?![^\W\d_])")
_TALK_WORD = re.compile(r"(?:دیدار|ملاقات|گفت\s?و\s?گو|گفتگو|تماس|مذاکره|مذاکرات|نشست|رایزنی|جلسه|مکالمه)\s*$")
_OBJECT_END = re.compile(r"\sرا\s|[،,.؛:!؟]")


def _day_of_the_object(text: str, pos: int) -> bool:
    """«... طی تماس تلفنی با قالیباف حملات تروریستی روز گذشته در کرمان را محکوم کرد»: a day after the
    meeting word, inside the object «را» closes, is when that thing happened, not the call (not
    «دیدار روز گذشته ... را»: the meeting's own day)."""
    if _TALK_WORD.search(text[max(0, pos - 30):pos]):
        return False
    end = _OBJECT_END.search(text, pos, pos + 120)
    return end is not None and end.group().strip() == "را"


def _explicit_date(text: str, pub: date | None) -> date | None:
    """A calendar date written out in the text (not «امروز», not a weekday alone)."""
    finds = [f for f in D.find_dates(text, pub) if f.rank >= 2]
    return finds[0].value if finds else None


def _lead_a_day_off(mt: "Meeting", c: Candidate) -> bool:
    """The lead's «امروز» (Tehran's day) and the body's «بعد از ظهر شنبه» (New York's) a day apart, for
    the same two people: one meeting told twice."""
    first = mt.cands[0]
    days = [d for d in (c.day or c.when, first.day or first.when) if d]
    return len(days) == 2 and abs((days[0] - days[1]).days) == 1 and 0 in (c.sentence.idx, first.sentence.idx) \
        and c.sentence is not first.sentence and c.kind == first.kind and len(c.people) == len(first.people) == 2 \
        and mt.overlap(c) == 2


def _fits(mt: "Meeting", c: Candidate) -> bool:
    """Same meeting: two shared principals, or one shared and the others compatible
    (a title's «سفیر ژاپن» and the body's «آقای «X»» with no office)."""
    shared = mt.overlap(c)
    if mt.past != c.past and (c.timed if mt.cands[0].past else mt.timed):
        # an earlier meeting of the same people is another meeting than one reported for a time of its
        # own («امروز ...»); an untimed summary («پزشکیان با اردوغان تلفنی گفتگو کرد») is that earlier one
        return False
    statuses = mt.statuses
    if c.status and statuses and c.status not in statuses and (c.kind != mt.kind or c.day and c.status == "held"):
        return False  # a call held earlier and a visit to come, or a dated held meeting and one to come: two
    if statuses == {"planned"} and c.status == "held" and c.past:
        return False  # one to come, then one recalled from before («در آگوست گذشته ... برگزار شد»)
    if (c.day and mt.day and c.day != mt.day or c.when and mt.when and c.when != mt.when) \
            and not _lead_a_day_off(mt, c):
        return False  # the same people on another day («امروز» and «روز دوشنبه»): another meeting
    if c.day_month and mt.day_month and c.day_month != mt.day_month:
        return False  # «۲۹ خرداد» and «۲۴ خرداد» with no year to place them: two days all the same
    if c.kind != mt.kind and statuses == {"planned"} and c.status != "planned" and not c.sentence.title:
        return False  # «در گفت‌وگوی تلفنی با X گفت» after «فردا با X دیدار می‌کند»: not the visit to come
    if shared >= 2:
        # a bilateral on the sidelines of a trilateral (or the reverse) is its own meeting
        sizes = {len(mt.people), len(c.people)}
        if len(sizes) == 2 and max(sizes) >= 3 and not c.sentence.title and \
                not mt.titled and c.sentence is not mt.cands[0].sentence:
            return False
        return True
    if shared == 0 or (c.kind != mt.kind and c.sentence.title is False and mt.cands[0].sentence.title is False):
        return False
    if c.status and statuses and c.status not in statuses and not c.sentence.title and not mt.titled:
        return False  # («... با آیت‌الله A دیدار کرد. قرار است با رئیس‌جمهور عراق دیدار کند»: one held, one to come)
    rest_c = [p for p in c.people if not any(p.same(q) for q in mt.people)]
    rest_m = [q for q in mt.people if not any(q.same(p) for p in c.people)]
    return bool(rest_c) and all(any(p.compatible(q) for q in rest_m) for p in rest_c)


def _group(cands: list[Candidate]) -> list[Meeting]:
    meetings: list[Meeting] = []
    # the body states names and offices more fully than the headline: let it speak first
    for c in sorted(cands, key=lambda c: c.sentence.title):
        if c.sentence.title:
            # «دیدار رئیس‌جمهور با نخست‌وزیران ارمنستان و آذربایجان» over two bilaterals in the body
            fitting = [mt for mt in meetings if mt.overlap(c) >= 2]
            if len(fitting) >= 2 and all(any(p.same(q) for mt in fitting for q in mt.people) for p in c.people):
                continue
        best = next((mt for mt in meetings if _fits(mt, c)), None)
        if best:
            best.absorb(c)
        else:
            meetings.append(Meeting(c.kind, [c], [replace(p) for p in c.people]))
    return meetings


# ------------------------------------------------------------------ places and occasions

_OCCASION_STOP = {key(w) for w in (
    "دیدار", "ملاقات", "گفت‌وگو", "گفتگو", "رایزنی", "بحث", "تبادل", "مذاکره", "مذاکرات",
    "در", "با", "که", "را", "به", "امروز", "دیروز", "روز", "صبح", "عصر", "شامگاه", "بعدازظهر", "بعد",
    "ظهر", "شب", "بامداد", "و", "ضمن", "پس", "طی", "برای", "از",
    "است", "بود", "می‌باشد", "برگزار", "کرد", "کردند", "نمود", "نمودند", "انجام", "صورت",  # «... در حاشیه مجمع عمومی است»: a verb ends it
    # («در حاشیه اجلاس گروه ۲۰ همچنین دیدارهای جداگانه‌ای با ...»: the meetings themselves end it)
    "همچنین", "هم‌چنین", "نیز", "دیدارهای", "دیدارهایی", "دیدارها", "ملاقات‌های", "ملاقات‌هایی", "گفت‌وگوهای",
    "گفتگوهای", "رایزنی‌های", "تماس",
)}
# «در حاشیه اجلاس» is read on its own; «در این اجلاس» names no occasion, it points back to one
_NOT_AN_OCCASION_BEFORE = {key(w) for w in ("حاشیه", "این", "همین", "آن", "ویدئو", "ویدیو")}  # (a video call)
_SUMMIT_HEADS = {key(w) for w in ("اجلاس", "نشست", "همایش", "کنفرانس", "مجمع", "اجلاسیه", "کنگره", "رزمایش", "مراسم")}
_TIME_WORDS = {key(w) for w in ("امروز", "دیروز", "فردا", "روز", "امسال", "اخیر", "جاری")} | {key(w) for w in (
    "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")}
# «هفته گذشته پوتین و روحانی ...»: time words before a name are none of its given names
_WHEN_WORDS = _TIME_WORDS | {key(w) for w in ("هفته", "ماه", "سال", "گذشته", "آینده", "قبل", "پیش")}
_PAST_EZAFE = {key(w) for w in ("گذشته‌ی", "گذشتهی")}  # («روز گذشته‌ی»: with the ezafe written out)


_MONTH_KEYS = {key(m) for m in (*D.JALALI_MONTHS, *D.GREGORIAN_MONTHS) if len(m) > 2}
_NUMBER_WORDS = {key(w) for w in ("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "یکصد",
                                  "دویست", "سیصد")}


def _ordinal_start(toks: list[Token], i: int) -> int:
    """Start of «بیست و دومین» / «هفتمین» / «نخستین» right before token i."""
    k = i
    while k > 0:
        w = toks[k - 1].key
        if w in (key("نخستین"), key("اولین")) or (w.endswith(key("مین")) and len(w) > 4) or w in _NUMBER_WORDS \
                or (w == key("و") and k > 1 and toks[k - 2].key in _NUMBER_WORDS):
            k -= 1
            continue
        break
    return k


def _phrase(toks: list[Token], a: int, limit: int = 12, stop=_OCCASION_STOP, allow_and: bool = True) -> tuple[str, int]:
    j = a
    words = []
    while j < len(toks) and j - a < limit:
        t = toks[j]
        if not t.word and t.text not in "-":
            break
        if t.key in _MONTH_KEYS or (t.text.isdigit() and j + 1 < len(toks) and toks[j + 1].key in _MONTH_KEYS):
            break  # «... آستانه ۲۸ تیر ۱۴۰۱»: the date is no part of the occasion
        if t.key in _TIME_WORDS and words:
            j += 1
            continue
        if t.key in stop and not (allow_and and t.key == key("و") and words and j + 1 < len(toks)
                                  and toks[j + 1].word and toks[j + 1].key not in stop):
            break
        if words and j + 1 < len(toks) and toks[j + 1].key == key("را"):
            break  # «... سازمان ملل، تهران را به مقصد نیویورک ترک کرد»: an object is no part of it
        if t.key not in _TIME_WORDS:
            words.append(t.text)
        j += 1
    text = " ".join(words).replace(" - ", "-")
    return text, j


def _place_and_occasion(sentences: list[Sentence]) -> tuple[str | None, str | None, str | None, list[str]]:
    """(city, country, trip destination, occasions) from the narrative of the given sentences."""
    lex = lexicon()
    city = country = trip = None
    post = None
    occasions: list[str] = []
    for s in sentences:
        toks, spans = s.tokens, s.spans
        # («سفر گروسی به تهران ... در حالی است که عراقچی فردا به مسکو سفر خواهد کرد»: what follows is
        # another event, its places not this one's)
        toks = toks[:next((k for k in range(1, len(toks) - 2) if toks[k].key == key("حالی")
                           and toks[k - 1].key == key("در") and toks[k + 1].key == key("است")
                           and toks[k + 2].key == key("که")), len(toks))]
        for i, t in enumerate(toks):
            if t.key == key("حاشیه") and i > 0 and toks[i - 1].key == key("در") \
                    and not (i + 1 < len(toks) and toks[i + 1].key in _ANAPHOR):  # («در حاشیه این رویداد»)
                text, _ = _phrase(toks, i + 1)
                if text:
                    occasions.append(text)
            if t.key in (key("سفر"), key("سفرش"), key("سفری")):
                j = i + 1
                while j < len(toks) and j - i <= 6 and toks[j].key != key("به") and toks[j].word \
                        and toks[j].key not in _OCCASION_STOP:
                    j += 1
                if j < len(toks) and toks[j].key == key("به"):
                    sp = spans.get(j + 1)
                    if sp and sp.has("country", "city"):
                        e = sp.get("city") or sp.get("country")
                        trip = trip or e.canon
                        # «سفری دو روزه به مسکو» → «سفر دو روزه به مسکو»
                        words = " ".join(x.text for x in toks[i + 1:j] if x.key not in (key("خود"), key("خویش")))
                        occasions.append(" ".join(x for x in ("سفر", words, "به", e.canon) if x))
                        if words:  # the short form too: «سفر به مسکو»
                            occasions.append("سفر به " + e.canon)
            if t.key == key("در") and i + 3 < len(toks) and toks[i + 1].key == key("شهر") and toks[i + 2].text == "«" \
                    and city is None:
                close = next((k for k in range(i + 3, min(len(toks), i + 8)) if toks[k].text == "»"), None)
                if close and close > i + 3:  # «در شهر «چینگ دائو»»: a quoted town's name
                    city = " ".join(x.text for x in toks[i + 3:close])
                    continue
            if t.key == key("در") and i + 3 < len(toks) and toks[i + 1].key == key("شهر") and toks[i + 2].word \
                    and not spans.get(i + 2) and toks[i + 2].key not in _STOP and city is None:
                sp = spans.get(i + 3)  # «در شهر سانتاکروز بولیوی»: a town the gazetteer lacks, in a state
                if sp and sp.has("country") and not sp.has("org", "office", "city"):
                    city, country = toks[i + 2].text, country or sp.get("country").canon
                    continue
            if t.key == key("در") and i + 1 < len(toks):
                sp = spans.get(i + 1)
                if sp is None and (toks[i + 1].key in (key("محل"), key("کاخ"), key("شهر"), key("پایتخت"), key("بندر"),
                                                       key("جزیره")) or toks[i + 1].text == "«") and i + 2 < len(toks):
                    sp = spans.get(i + 2)  # (also a quoted name: «در «آنتالیا» ترکیه»)
                if sp and sp.has("city", "country") and not sp.has("org", "office") \
                        and not _issue_complement(toks, i) and not _of_another_state(spans, sp):
                    e = sp.get("city") or sp.get("country")
                    if any(toks[k].key in _SOURCE_NOUNS for k in range(max(0, i - 3), i)):
                        continue  # («یک مقام ارشد در کرملین ... خبر داد»: where the source sits, nothing of the meeting)
                    if _is_ambassador_qualifier(toks, spans, i):
                        post = post or e  # «سفیر ایران در مسکو»: the post, if nothing better
                        continue
                    if e.kind == "city" and city is None:
                        city, country = e.canon, country or e.data[0]
                    elif e.kind == "country" and country is None:
                        country = e.canon
            if t.key == key("میزبانی") and i > 0 and toks[i - 1].key == key("به") and i + 1 < len(toks):
                sp = spans.get(i + 1)  # «به میزبانی تهران برگزار شد»
                if sp and sp.has("city", "country") and not sp.has("org", "office"):
                    city, country = _take_place(sp.get("city") or sp.get("country"), city, country)
            if t.key == key("وارد") and i + 2 < len(toks):
                sp = spans.get(i + 1)
                if sp and sp.has("city", "country") and sp.j < len(toks) \
                        and toks[sp.j].key in (key("شد"), key("شده"), key("شدند")):
                    city, country = _take_place(sp.get("city") or sp.get("country"), city, country)
                    trip = trip or (sp.get("city") or sp.get("country")).canon
            if t.key == key("مقصد") and i > 0 and toks[i - 1].key == key("به") and i + 1 < len(toks):
                sp = spans.get(i + 1)  # «تهران را به مقصد نیویورک ترک کرد»: where the traveller went
                e = sp and (sp.get("city") or sp.get("country"))
                left = next((x for x in spans.values() if x.j == i - 2 and x.has("city", "country")), None) \
                    if i > 2 and toks[i - 2].key == key("را") else None
                if e and (e.canon if e.kind == "country" else e.data[0]) == "ایران" and left is not None \
                        and not (left.i > 0 and toks[left.i - 1].key == key("پایتخت")):
                    # «چین را به مقصد تهران ترک کرد»: going home, after a trip to the place left (a
                    # visitor leaving his own capital, «پایتخت سوریه را به مقصد تهران ...», went to Tehran)
                    e, sp = left.get("city") or left.get("country"), left
                elif i > 4 and toks[i - 2].key == key("را") and toks[i - 3].key == key("کشور") \
                        and toks[i - 4].key == key("این"):
                    e = None  # «این کشور را به مقصد ایران ترک کرد»: going home; the place is the one named before
                if e and not sp.has("org", "office"):
                    city, country = _take_place(sp.get("city") or sp.get("country"), city, country)
                    trip = trip or (sp.get("city") or sp.get("country")).canon
            if t.key == key("ورود") and i + 2 < len(toks) and toks[i + 1].key == key("به"):
                sp = spans.get(i + 2)  # «در بدو ورود به بیروت»
                if sp and sp.has("city", "country") and not sp.has("org", "office"):
                    city, country = _take_place(sp.get("city") or sp.get("country"), city, country)
                    trip = trip or (sp.get("city") or sp.get("country")).canon
            if t.key == key("به") and i + 2 < len(toks):
                sp = spans.get(i + 1)
                if sp and sp.has("city", "country") and sp.j < len(toks) \
                        and toks[sp.j].key in (key("سفر"), key("سفرکرده"), key("آمده")):
                    city, country = _take_place(sp.get("city") or sp.get("country"), city, country)
                    trip = trip or (sp.get("city") or sp.get("country")).canon  # «به عراق سفر می‌کند»
            if t.key == key("عازم") and i + 2 < len(toks):
                sp = spans.get(i + 1)  # «عازم عراق می‌شود», «عازم شهر بیجینگ شد»
                sp = spans.get(i + 2) if sp is None and toks[i + 1].key in (key("شهر"), key("کشور")) else sp
                e = sp and (sp.get("city") or sp.get("country"))
                # (not «از پکن عازم تهران شد»: going on from the place of the trip, or home)
                left = next((x for x in spans.values() if x.j == i and x.has("city", "country")), None)
                if e and not sp.has("org", "office", "person") \
                        and not (left is not None and left.i > 0 and toks[left.i - 1].key == key("از")):
                    city, country = _take_place(e, city, country)
                    trip = trip or e.canon
            if t.key.startswith(_CREDENCE_WORDS):
                occasions.append("تقدیم استوارنامه")  # letters of credence, whatever the wording
                continue
            if t.key in _SUMMIT_HEADS and (i == 0 or toks[i - 1].key not in _NOT_AN_OCCASION_BEFORE):
                text, _ = _phrase(toks, i, stop=_OCCASION_STOP)
                if any(word in key(text) for word in _CREDENCE_WORDS):
                    continue  # «مراسم دریافت استوارنامه»: said once, as above
                o = _ordinal_start(toks, i)
                if o < i and text:
                    text = " ".join(x.text for x in toks[o:i]) + " " + text
                k = i + 1
                while k < len(toks) and toks[k].key in _TIME_WORDS:
                    k += 1
                if k < len(toks) and t.key == key("مراسم") and toks[k].key == key("استقبال"):
                    continue  # the welcoming ceremony of a visit is no occasion of its own
                if len(text.split()) >= 2 and (t.key != key("نشست") or k < len(toks) and toks[k].key in (
                        key("سران"), key("وزیران"), key("وزرای"), key("سالانه"), key("عمومی"))):
                    occasions.append(text)
    if country is None and trip:
        if trip in lex.country_of_city:
            city, country = city or trip, lex.country_of_city[trip]
        else:
            country = trip
    if country is None and post is not None:
        city, country = (post.canon, post.data[0]) if post.kind == "city" else (None, post.canon)
    return city, country, trip, occasions


# «آتش‌بس در لبنان», «تحولات در سوریه»: the «در» phrase belongs to an issue discussed, not the venue
_ISSUE_HEADS = {key(w) for w in (
    "آتش‌بس", "آتش بس", "تحولات", "اوضاع", "وضعیت", "بحران", "جنگ", "حمله", "حملات", "تجاوز", "جنایات",
    "کشتار", "نسل‌کشی", "صلح", "ثبات", "امنیت", "ناامنی", "بازسازی", "سرمایه‌گذاری", "مداخله",
    "دخالت", "تروریسم", "انتخابات", "درگیری", "درگیری‌ها", "تنش", "تنش‌ها", "رویدادهای", "اتفاقات",
    "مردم", "شهروندان", "اتباع", "زائران", "فعالیت", "فعالیت‌های", "پروژه", "پروژه‌های", "طرح", "طرح‌های",
    "وقایع", "تظاهرات", "اعتراضات", "آوارگان", "مهاجران", "کودتا", "محاصره", "اشغال", "فاجعه", "زلزله",
    "سیل", "انفجار", "ترور")}


def _eve_of(toks: list[Token], i: int) -> bool:
    """«در آستانه» at ``i`` is the idiom "on the eve of", not Astana (Astana only where the word stands
    alone: «در آستانه،», «در آستانه پایتخت قزاقستان», «در آستانه دیدار کردند»; «در آستانه دیدار بن سلمان و
    ترامپ» is on the eve of a meeting)."""
    return i + 2 < len(toks) and toks[i].key == key("در") and toks[i + 1].key == key("آستانه") and toks[i + 2].word \
        and (toks[i + 2].key not in _ASTANA_AFTER or toks[i + 2].key in _ASTANA_MEETING_WORDS and i + 3 < len(toks)
             and toks[i + 3].word and toks[i + 3].key not in _VERB_WORDS | {key("و"), key("با")})


def _issue_complement(toks: list[Token], i: int) -> bool:
    """Whether the «در» at ``i`` completes an issue noun before it («تحولات (انسانی) در سوریه»),
    or is the idiom «در آستانه (شروع ...)», "on the eve of", not Astana."""
    if _eve_of(toks, i):
        return True
    if any(t.key == key("بر") for t in toks[max(0, i - 8):i]) and any(
            t.key in _EMPHASIS for t in toks[i + 1:_clause_end(toks, i, 25)]):
        return True  # «بر گسترش زبان فارسی در افغانستان و تاجیکستان تاکید کرد»: what he stressed
    return any(toks[k].key in _ISSUE_HEADS for k in range(max(0, i - 2), i))


_EMPHASIS = {key(w) for w in ("تاکید", "تأکید")}


def _issue_state(toks: list[Token], i: int) -> bool:
    """The state at token i is what was talked about («بحران اوکراین», «توقف جنگ در اوکراین», «درباره
    اوکراین»), not one whose people met: «رهبران دو کشور» never means it."""
    return i > 0 and (toks[i - 1].key in _ISSUE_HEADS | {key("درباره"), key("باره")}  # («در باره»: written apart)
                      or i > 1 and toks[i - 1].key == key("در") and toks[i - 2].key in _ISSUE_HEADS)


_ASTANA_AFTER = {key(w) for w in ("پایتخت", "قزاقستان", "با", "و", "در", "دیدار", "ملاقات", "گفت‌وگو", "گفتگو",
                                  "نیز", "هم", "همچنین")}  # («در آستانه نیز دیدار کرده بود»)
_ASTANA_MEETING_WORDS = {key(w) for w in ("دیدار", "ملاقات", "گفت‌وگو", "گفتگو")}


def _of_another_state(spans: dict[int, Span], sp: Span) -> bool:
    """«در محل وزارت امور خارجه عراق»: a venue the table places in one state (Tehran's ministry), followed
    by another state's name, is that other state's."""
    e, nxt = sp.get("city"), spans.get(sp.j)
    if e is None or nxt is None or not nxt.has("country", "adj"):
        return False
    return (nxt.get("country") or nxt.get("adj")).canon != e.data[0]  # (an adjective's entry is its state's)


def _is_ambassador_qualifier(toks: list[Token], spans: dict[int, Span], i: int) -> bool:
    """«سفیر روسیه در تهران»: the «در» phrase belongs to the office."""
    k = i - 1
    steps = 0
    while k >= 0 and steps < 5:
        sp = next((s for s in spans.values() if s.i <= k < s.j), None)
        if sp and sp.has("office") and sp.get("office").canon in ("سفیر", "کاردار", "نماینده دائم", "نماینده ویژه", "فرستاده ویژه"):
            return True
        if sp and sp.has("country", "org", "adj"):
            k = sp.i - 1
            steps += 1
            continue
        return False
    return False


# ------------------------------------------------------------------ topics

_AGREEMENT_HEADS = {key(w) for w in (
    "توافق", "توافقنامه", "توافق‌نامه", "موافقتنامه", "موافقت‌نامه", "معاهده", "قرارداد", "تفاهم‌نامه",
    "تفاهمنامه", "یادداشت تفاهم", "سند", "پیمان", "برنامه")}
_AGREEMENT_STOP = {key(w) for w in (
    "میان", "بین", "با", "را", "در", "و", "که", "به", "از", "فیمابین", "دو", "نیز", "هم", "است", "بود",
    "شد", "برای", "این", "آن", "ایران", "روسیه", "کشور", "کشورها", "تا", "طرفین", "امضا", "امضای")}
_AGREEMENT_MODS = {key(w) for w in (
    "جامع", "بلندمدت", "راهبردی", "همکاری", "همکاری‌های", "تجارت", "آزاد", "ترجیحی", "همکاریهای",
    "استراتژیک", "۲۵", "25", "۲۰", "20", "ساله", "هسته‌ای", "اقتصادی", "امنیتی", "دفاعی", "تجاری",
    "گازی", "سرمایه‌گذاری", "حمل‌ونقل", "ترانزیتی", "مشارکت", "جامع‌", "مشترک")}


def _take_place(e, city: str | None, country: str | None) -> tuple[str | None, str | None]:
    """(city, country) after a place phrase: the first city named sets both, the first country
    the country; later ones do not override."""
    if e.kind == "city" and city is None:
        return e.canon, e.data[0]
    if e.kind == "country" and country is None:
        return city, e.canon
    return city, country


def _topics(sentences: list[Sentence]) -> list[str]:
    lex = lexicon()
    out: list[str] = []

    def add(t: str) -> None:
        t = respell(t.strip()) or ""
        if t and key(t) not in {key(x) for x in out}:
            out.append(t)

    for s in sentences:
        text = s.text
        toks = tokenize(text)
        spans = match_spans(toks, text)
        for i, t in enumerate(toks):
            sp = spans.get(i)
            if sp:
                e = sp.get("org")
                if e and lex.org_kind.get(e.canon) != "media":
                    add(e.canon)
                e = sp.get("topic")
                if e:
                    add(e.canon)
            if t.key in _AGREEMENT_HEADS or (t.key == key("یادداشت") and i + 1 < len(toks)
                                             and toks[i + 1].key == key("تفاهم")):
                j = i + 1
                words = [t.text]
                while j < len(toks) and j - i <= 5 and toks[j].word and toks[j].key in _AGREEMENT_MODS:
                    words.append(toks[j].text)
                    j += 1
                if len(words) >= 2:
                    add(" ".join(words))
            if t.key == key("قطعنامه") and i + 1 < len(toks) and toks[i + 1].text.isdigit():
                add("قطعنامه " + toks[i + 1].text.translate(PERSIAN_DIGITS))  # «قطعنامه ۲۲۳۱»
            if t.text.isdigit() and i + 2 < len(toks) and toks[i + 1].text == "+" and toks[i + 2].text.isdigit():
                # «گروه ۵+۱», «۴+۱»: the negotiating group, whichever order the agency writes
                add(f"گروه {t.text}+{toks[i + 2].text}".translate(PERSIAN_DIGITS))
            if t.key in (key("کریدور"), key("کریدورهای"), key("کریدوری"), key("دالان"), key("راهگذر")):
                j = i + 1
                names = []
                while j + 2 < len(toks) and toks[j].word and toks[j + 1].text in "-–" and toks[j + 2].word:
                    names.append(f"{toks[j].text}-{toks[j + 2].text}")
                    j += 3
                    if j < len(toks) and toks[j].key == key("و"):
                        j += 1
                    else:
                        break
                if names:
                    for nm in names:
                        add("کریدور " + nm)
                elif j < len(toks) and toks[j].word and toks[j].key not in _STOP and spans.get(j) is None \
                        and _rare(toks[j]) and t.key == key("کریدور"):
                    add("کریدور " + toks[j].text)
                else:
                    add("کریدور")
    return out


# ------------------------------------------------------------------ statements

def _statements(sentences: list[Sentence], meetings: list[Meeting], resolver: Resolver,
                focus_at: dict[int, Person | None]) -> None:
    if not meetings:
        return
    for s in sentences:
        if s.quote is None or not s.quote.strip():
            continue
        mentions = _person_mentions(s)
        subj = _subject(mentions, s.tokens, s)
        focus = focus_at.get(s.idx)
        speaker: Person | None = None
        if subj is not None:
            ppl = resolver.people(subj, focus, None)
            speaker = ppl[0] if ppl else None
            if speaker and subj.counterpart:
                speaker = None
        elif focus is not None and not s.title:
            speaker = focus
        if speaker is None:
            continue
        pos = s.idx * 10000 + 9999
        owners = [mt for mt in meetings if mt.has(speaker)]
        if not owners and speaker.name and not speaker.role and _anaphoric_trigger(s):
            # «... با رئیس مجلس سنای فرانسه دیدار کرد», then «ژرار لارشه در این دیدار تصریح کرد»: the one
            # met whom the report had not named
            last = [mt for mt in meetings if mt.pos <= pos][-1:]
            unnamed = [p for p in last[0].people if not p.name] if last else []
            if len(unnamed) == 1 and unnamed[0].country not in (None, "ایران"):
                unnamed[0].name = speaker.name
                owners = last
        if not owners:
            continue
        before = [mt for mt in owners if mt.pos <= pos]
        mt = before[-1] if before else owners[0]
        who = mt.has(speaker)
        text = _trim_quote(s.quote)
        if who and who.name and text and not any(st["text"] == text for st in mt.statements):
            mt.statements.append({"speaker": who.name, "text": text})


# what a speaker's bare name opens a sentence with when he goes on speaking («X افزود», «X نیز در این دیدار ...»)
_SPEAKS_ON = {key(w) for w in ("گفت", "افزود", "اضافه", "اظهار", "تاکید", "تأکید", "خاطرنشان", "خاطر", "تصریح", "بیان",
                               "ادامه", "عنوان", "یادآور", "اشاره", "نیز", "هم", "همچنین", "ضمن", "با", "در")}


def _names_from_speaker_turns(sentences: list[Sentence], meetings: list[Meeting], resolver: Resolver) -> None:
    """«استاندار خراسان شمالی ... گفت ...», then «محمد رضا حسین نژاد افزود ...»: a name no table knows
    opening the next sentence, and speaking on, is the name of the unnamed participant who spoke
    before (the report names an office first and the man after)."""
    for prev, s in zip(sentences, sentences[1:]):
        if prev.title or s.title or s.para - prev.para > 1:
            continue
        toks = s.tokens
        j = 0
        # (a surname the table lists only as a weak alias of another's may be his: «حسین دیاب», not «حسان دیاب»)
        while j < min(len(toks), 4) and toks[j].word and toks[j].key not in _SPEAKS_ON and (
                not (sp := s.spans.get(j)) or j and all(e.kind == "person" and e.data and e.data[0] for e in sp.entries)):
            j += 1
        # («حسین دیاب اضافه کرد: ...»: the words before a quotation end at its speech verb)
        if not (2 <= j <= 4 and (j < len(toks) and toks[j].key in _SPEAKS_ON or j == len(toks) and s.quote is not None)
                and lexicon().given_name(toks[0].text) and _name_before_office(toks[:j])):
            continue
        name = " ".join(t.text for t in toks[:j])
        if resolver.official_for_name(name, None) or any(_same_name(p.name, name) for mt in meetings
                                                         for p in mt.people if p.name):
            continue
        subject = _subject(_person_mentions(prev), prev.tokens, prev)
        spoke = resolver.people(subject, None, None) if subject is not None and not subject.name else []
        unnamed = [p for mt in meetings for p in mt.people if not p.name and p.role]
        if len(meetings) == 1 and len(unnamed) == 1 and unnamed[0].country == resolver.home \
                and j + 2 < len(toks) and toks[j].key == key("در") and toks[j + 1].key in _ANAPHOR \
                and (sp := s.spans.get(j + 2)) is not None and sp.has("trigger"):
            # («مهدی چمران در این دیدار ... تقدیر کرد»: a name speaking «in this meeting» is the one party
            # of the home state the article's one meeting leaves unnamed)
            spoke = unnamed
        if len(spoke) != 1 or not spoke[0].role or not spoke[0].country \
                or prev.quote is None and spoke[0].country != resolver.home:
            continue  # (after a meeting told with no speech, «سفیر ازبکستان با رئیس گروه دوستی ... دیدار
            # کردند», the name opening the next sentence may be either side's: only the home state's
            # official, whom the outlet's report follows, is taken to be named)
        for p in (p for mt in meetings for p in mt.people if not p.name and p.same(spoke[0])):
            p.name = name


def _trim_quote(q: str) -> str:
    q = q.strip()
    if q.startswith("«"):
        end = q.rfind("»")
        if end > 0 and not q[end + 1:].strip(" .،"):
            q = q[1:end]
    q = q.strip().strip("«»\"' ")
    if len(q) > 1500:
        cut = q.rfind(".", 0, 1500)
        q = q[: cut + 1 if cut > 200 else 1500]
    return q


# ------------------------------------------------------------------ entry point

def _era(text: str, article_keys: str, named: "_Named | None" = None) -> tuple[date, date] | None:
    """The stretch of time the article speaks of, for office tenure when its publication date
    is unknown (an unqualified «رئیس‌جمهور» must not become today's president in a 2016 report).

    The stretch on which the officials it names in full (or by a spelling of the table's that is
    no common word: «آیت‌الله رئیسی») held office together: first by the terms whose office is
    written right after the name («مسعود پزشکیان، رئیس‌جمهور ایران»), then by the terms whose
    office the text names in any spelling (``named``: Zarif as foreign minister and Putin → Aug
    2013 – Aug 2021; not Pezeshkian as deputy speaker beside a namesake spokesman), then by how
    many held office; within it (give or take a year), the latest full date written in the text (one far
    outside it is history the article recalls: «... که در ۱۵ ژوئن ۲۰۰۱ تأسیس شد»). With no official named, that latest date;
    else None. An office is then filled from the table only by someone who held it over the stretch.
    """
    offices = named.offices if named else frozenset()
    people = named.people if named else frozenset()
    written = [f.value for f in D.find_dates(text, None) if f.rank == 3]
    terms: dict[str, list[tuple[date, date, int]]] = {}
    unquoted = article_keys.translate(_NO_GUILLEMETS)  # («مسعود پزشکیان»، رئیس جمهور ایران: right after too)
    for o in lexicon().officials:
        k = key(o.name)
        if _remembered(k, article_keys):
            continue
        if len(k) >= 6 and k in article_keys or o.name in people and (
                len(people) >= 2 or len({x.role for x in lexicon().officials_named(o.name)}) == 1):
            # (one official named by a short spelling alone dates the text only if he held one office:
            # «لاریجانی» was speaker, then security chief)
            # a term whose office the text names counts; written right after the name (a comma between
            # or not), more
            role = key(o.role)
            named = 2 if k + role in unquoted or f"{k}،{role}" in unquoted else int(
                (o.role, None) in offices or (o.role, o.country) in offices or role in article_keys)
            terms.setdefault(k, []).append((o.start or _EARLIEST, o.end or date.today(), named))
    if not terms:
        return (max(written), max(written)) if written else None

    def covering(day: date) -> list[tuple[date, date, int]]:
        out = []
        for spans in terms.values():
            here = [t for t in spans if t[0] <= day <= t[1]]
            if here:
                out.append(max(here, key=lambda t: t[2]))
        return out

    def score(day: date) -> tuple[int, int, int, date]:
        cover = covering(day)
        return sum(t[2] == 2 for t in cover), sum(t[2] for t in cover), len(cover), day

    best = max({t[i] for spans in terms.values() for t in spans for i in (0, 1)}, key=score)
    cover = covering(best)
    lo, hi = max(t[0] for t in cover), min(t[1] for t in cover)
    # (a year of slack: a term's bounds in the table, or the office a man is named by, may be off)
    inside = [d for d in written if lo - _ERA_SLACK <= d <= hi + _ERA_SLACK]
    return (max(inside), max(inside)) if inside else (lo, hi)


_ERA_SLACK = timedelta(days=366)
_NO_GUILLEMETS = {ord("«"): None, ord("»"): None}
_TODAY = re.compile(r"(?<![\w\u200c])امروز(?![\w\u200c])")
# the words before a dead man's name («شهیدان حاج قاسم سلیمانی», «مرحوم هاشمی رفسنجانی», «زنده‌یاد ...»)
_MEMORIAL = re.compile(key("شهید") + "|" + key("مرحوم") + "|" + key("زنده‌یاد"))


def _remembered(name_key: str, article_keys: str) -> bool:
    """Whether every mention of a listed name is of a dead man remembered («... در محل مشهد سرداران
    شهید مقاومت نسبت به مقام شهیدان حاج قاسم سلیمانی ... ادای احترام کرد»): his term does not date
    the article (a 2024 report would otherwise be put in his years)."""
    at = [m.start() for m in re.finditer(re.escape(name_key), article_keys)]
    return bool(at) and all(_MEMORIAL.search(article_keys, max(0, i - 14), i) for i in at)


_EARLIEST = date(1979, 2, 11)


def extract(text: str, title: str | None, published: str | None, home: str = "ایران") -> list[dict]:
    pub = D.parse_published(published)
    article = prepare(text[:MAX_CHARS])
    title = title[:2000] if isinstance(title, str) else None
    sentences = _sentences(article, title)
    article_keys = key(article + " " + (title or ""))
    # without a publication date, the offices the article names (quotations too) stand in for tenure
    whole = article + "\n" + (title or "")
    named = None if pub else _named_in(whole)
    offices = named.offices if named else set()
    resolver = Resolver(pub, article_keys, None if pub else _era(whole, article_keys, named), home)
    resolver.offices = offices
    resolver.people_named = named.people if named else frozenset()
    resolver.today = None if pub else D.today_written(article, resolver.era)
    focus: Person | None = None
    protagonist: Person | None = None
    focus_at: dict[int, Person | None] = {}
    cands: list[Candidate] = []
    resolver.dispatched = _dispatched_to(text[:MAX_CHARS])
    resolver.trip = _trip_destination(sentences) or resolver.dispatched
    resolver.words = _WORDS.findall(article + "\n" + (title or ""))
    _surname_mentions(sentences)
    _later_delegation_heads(sentences, resolver)
    named_states = {s.idx: _states_named(s) for s in sentences}
    resolver.article_states = [state for states in named_states.values() for state in states]
    for s in sentences:
        focus_at[s.idx] = focus
        if s.in_quote and s.narrative_end == 0:
            continue  # quoted speech (a first-person report of a meeting is read: see _first_person_meeting)
        resolver.states_here = []
        for at, state in _states_named(s, at=True):
            if not _issue_state(s.tokens, at):
                resolver.saw_state(state, at)
        foreign = [c for c in named_states[s.idx] if c != "ایران"]
        if foreign:
            resolver.last_foreign = foreign[0]
        # «... وارد دمشق پایتخت سوریه شد و با بشار اسد، رئیس جمهور این کشور دیدار کرد»: the state named last before
        resolver.foreign_at = [(i, c) for i, c in _states_named(s, at=True) if c != "ایران"]
        resolver.places_at = _places_named(s)
        before = focus
        cs, focus = _candidates(s, resolver, focus, protagonist)
        if resolver.places_at:
            resolver.last_place = resolver.places_at[-1][1]
        if len(set(foreign)) >= 2:
            resolver.listed_states = list(dict.fromkeys(foreign))  # for the sentences after this one
        if not cs and s.idx + 1 < len(sentences) and not s.title and _anaphoric_trigger(sentences[s.idx + 1]):
            cs = _paired_subjects(s, resolver, focus)
        if cs and protagonist is None:
            protagonist = cs[0].people[0]
        elif not cs and focus is not None and focus is not before and not s.title and s.quote is None \
                and not _anaphoric_trigger(s):
            # «عراقچی جمعه وارد نیویورک شد. او ... دیدارهایی داشت»: the new subject of a sentence that
            # neither speaks of a meeting nor quotes anyone is the one «او» means next
            protagonist = focus
        cands += cs
    if not cands:
        cands = _speakers_of_this_meeting(sentences, resolver)
    cands += [c for c in _summons(sentences, resolver) + _headed_talks(sentences, resolver) if not any(
        all(any(p.same(q) for q in c.people) for p in known.people) for known in cands)]
    for k, c in enumerate(cands):
        if c.kind == "meeting" and c.talk and k > 0 and cands[k - 1].kind == "call" and c.people \
                and cands[k - 1].people and c.people[0].same(cands[k - 1].people[0]) \
                and any(t.key in _ALSO for t in c.sentence.tokens):
            # «X در گفت‌وگوی تلفنی با A ...» then «X همچنین با B و C گفت‌وگو کرده است»: more calls
            c.kind = "call"
    for c in cands:
        if c.kind == "meeting" and c.talk and c.people and any(c.people[0].same(p) for p in resolver.callers):
            # «معاون اول در تماس‌های تلفنی جداگانه با استانداران ...», then «در گفت‌وگو با A، B و C»: calls
            c.kind = "call"
        elif c.kind == "meeting" and c.talk and len(c.people) == 2 and any(
                d.kind == "call" and len(d.people) == 2 and all(any(p.same(q) for q in d.people) for p in c.people)
                for d in cands):
            c.kind = "call"  # «گفت‌وگوی آبه و ترامپ» (headline), told as a call in the body: that call
    main = [c for c in cands if not c.background]
    if main:
        # «... the first meeting in years» is background when the article reports a meeting; an
        # earlier meeting recalled in passing («چند روز پیش ... دیدار کرده بود») is a meeting of its own
        cands = main + [c for c in cands if c.background and c.past]
        cands.sort(key=lambda c: c.pos)
    meetings = _group(cands)
    _names_from_speaker_turns(sentences, meetings, resolver)
    _statements(sentences, meetings, resolver, focus_at)
    out: list[dict] = []
    for k, mt in enumerate(meetings):
        rec = _record(mt, meetings[k + 1] if k + 1 < len(meetings) else None, sentences, pub, resolver)
        past = _past_meeting(mt)
        day_month = next((c.day_month for c in mt.cands if c.day_month), None)
        if day_month and out and out[-1]["date"] and rec["status"] == out[-1]["status"] == "held" \
                and (rec["date"] is None or D.jalali_day_month(date.fromisoformat(rec["date"])) != day_month):
            # «امروز ۲۹ خرداد ...» then «۲۴ خرداد نیز ...»: a written day placed by the article's dated one
            found = D.near(day_month, date.fromisoformat(out[-1]["date"]))
            rec["date"] = found.isoformat() if found else None
        if out and rec["status"] == out[-1]["status"] == "held" and not past:
            # «A met B ... A then (سپس/همچنین) met C»: same day, same trip unless stated otherwise
            prev = out[-1]
            if rec["date"] is None and not day_month and not any(c.timed for c in mt.cands):
                rec["date"] = prev["date"]  # (not when its own sentence says a day we cannot place)
            if rec["kind"] == "meeting" and rec["location"] is None and prev["kind"] == "meeting":
                rec["location"], rec["city"], rec["country"] = prev["location"], prev["city"], prev["country"]
                rec["occasion"] = rec["occasion"] or prev["occasion"]
        elif out and rec["status"] == "planned" and rec["kind"] == "meeting" and rec["location"] is None:
            # «... قرار است پیش از ترک تهران با رئیس‌جمهور نیز دیدار کند»: where the visitor is
            prev = next((r for r in reversed(out) if r["kind"] == "meeting" and r["location"]), None)
            if prev is not None:
                rec["location"], rec["city"], rec["country"] = prev["location"], prev["city"], prev["country"]
                rec["occasion"] = rec["occasion"] or prev["occasion"]
        out.append(rec)
    _date_the_one_meeting_of_today(out, article, pub or resolver.today)
    named_now = []
    for rec in out:
        for p in rec["participants"]:
            if p["name"] is None and p["role"] and p["country"]:
                # «با دبیرکل اکو دیدار کرد» ... «اسد مجید خان دبیرکل اکو تصریح کرد»: named further on
                p["name"] = resolver.named_holders.get((p["role"], p["country"]))
                if p["name"]:
                    named_now.append(id(rec))
    return _drop_calls_made_one_by_one(_merge_same_records(out, set(named_now)))


# «در دیدار امروز ...», «دیدار امروزم با ... دوستانه بود»: the meeting named with its day (in the prepared
# text, where _SPACED_TALK has already closed up «گفت و گو»)
_MEETING_OF_THE_DAY = re.compile(r"(?<![\w\u200c])(?:دیدار|ملاقات|گفت\u200c?و\u200c?گوی|گفتگوی|نشست)\s"
                                 r"(امروز|دیروز)(?:م|مان)?(?![\w\u200c])")


def _date_the_one_meeting_of_today(records: list[dict], article: str, today: date | None) -> None:
    """One meeting held, told with no day, and a later sentence speaking of it as «دیدار امروز» (or
    «دیروز»): that day."""
    held = [r for r in records if r["status"] == "held"]
    if today is None or len(held) != 1 or held[0]["date"] is not None:
        return
    days = {today - timedelta(days=int(m[1] == "دیروز")) for m in _MEETING_OF_THE_DAY.finditer(article)}
    if len(days) == 1:
        held[0]["date"] = days.pop().isoformat()


_PLURAL_PAST = re.compile(r"(?:کردند|شدند|یافتند|دادند|داشتند|نمودند|گذاشتند|رساندند)[.!]?$")


_SUMMONED = re.compile(r"احضار\s?(?:شد|شدند|گردید)|فراخوانده\s?شد|به وزارت (?:امور )?خارجه احضار و ")  # (و: «... احضار و مراتب اعتراض ... ابلاغ شد»)
_SUMMONED_BY_SUBJECT = re.compile(r"را\s(?:[^.!؟]{0,60}\s)?احضار\s?(?:کرد|کردند|نمود)")  # «A، سفیر X را ... احضار کرد»
_BY = {key(w) for w in ("توسط", "سوی")}  # «توسط مدیرکل ...», «از سوی مدیرکل ...»
_DEPARTMENT_HEADS = {key(w) for w in ("مدیرکل", "رئیس", "معاون")}
# where a department head's office, as the article writes it, ends
_DEPARTMENT_END = {key(w) for w in ("به", "احضار", "این", "ایران", "کشورمان", "در", "مراتب", "ضمن", "نسبت", "اعتراض",
                                    "طی", "با", "که", "را", "هم", "نیز", "همچنین", "امروز", "روز")}


def _department_head(toks: list[Token], k: int) -> Person | None:
    """«مدیرکل غرب اروپا», «رئیس اداره چهارم آسیا و اقیانوسیه وزارت امور خارجه» from token k: a
    department head of Iran's foreign ministry named by his office as the article writes it."""
    if k + 1 < len(toks) and toks[k].key == key("مدیر") and toks[k + 1].key == key("کل"):
        words, j = ["مدیرکل"], k + 2  # («مدیر کل» written apart)
    elif k < len(toks) and toks[k].key in _DEPARTMENT_HEADS:
        words, j = [toks[k].text], k + 1
    else:
        return None
    while j < len(toks) and len(words) < 12 and toks[j].word and toks[j].key not in _DEPARTMENT_END:
        words.append(toks[j].text)
        if toks[j].key == key("خارجه") and toks[j - 1].key in (key("امور"), key("وزارت")):
            break  # (the ministry's name ends it)
        j += 1
    return Person(None, respell(" ".join(words)), "ایران") if len(words) >= 2 else None


def _named_department_head(toks: list[Token], k: int) -> Person | None:
    """A department head from token k, his name maybe first: «توسط شهرام قاضی‌زاده، رئیس اداره سوم غرب
    اروپا», «حسین کمالیان؛ مدیرکل خلیج فارس وزارت امور خارجه در این دیدار ...»."""
    head = _department_head(toks, k)
    if head is not None:
        return head
    if k < len(toks) and toks[k].text == "«" and (close := _quoted(toks, k, len(toks))) is not None \
            and (head := _department_head(toks, close + 1)) is not None:
        return Person(" ".join(t.text for t in toks[k + 1:close]), head.role, head.country)  # («رحیم‌پور» معاون ...)
    sep = next((j for j in range(k + 2, min(len(toks), k + 5)) if toks[j].text in "،,؛"), None)
    if sep is None or not all(t.word for t in toks[k:sep]) or (head := _department_head(toks, sep + 1)) is None:
        return None
    return Person(" ".join(t.text for t in toks[k:sep]), head.role, head.country)


def _after_this_meeting(toks: list[Token]) -> int:
    """Where a sentence's subject starts after «در این دیدار،» (else 0)."""
    if len(toks) > 3 and toks[0].key == key("در") and toks[1].key in _ANAPHOR and toks[2].key in _MEETING_NOUNS:
        return 3 + (toks[3].text in "،,")
    return 0


def _summons(sentences: list[Sentence], resolver: Resolver) -> list[Candidate]:
    """«سفیر نروژ ... توسط مدیرکل غرب اروپا به وزارت امور خارجه احضار شد», or the department head
    who told him the protest in the next sentences: the summoned envoy met that official."""
    out = []
    for s in sentences:
        narrative = s.text[: s.narrative_end]
        active = _SUMMONED_BY_SUBJECT.search(narrative)
        if s.title or s.in_quote or not (active or _SUMMONED.search(narrative)):
            continue
        toks = s.tokens
        envoy_at, envoy = next(((m.start, p) for m in _person_mentions(s)  # («کاردار موقت دانمارک»)
                                if m.role and m.role.split()[0] in _MISSION_HEADS and not m.plural
                                for p in resolver.people(m, None, None) if p.country not in (None, "ایران")), (0, None))
        if envoy is None:
            continue
        if active:  # (the department head who summoned him is the subject, before him)
            official = next((o for k in range(envoy_at) if (o := _department_head(toks, k)) is not None), None)
        else:
            by = next((k + 1 for k, t in enumerate(toks[:-1]) if t.key in _BY), None)
            official = _named_department_head(toks, by) if by is not None else None
        for nxt in (t for t in sentences[s.idx + 1: s.idx + 3] if official is None and not t.title):
            official = _named_department_head(nxt.tokens, _after_this_meeting(nxt.tokens))
        if official is not None:
            out.append(Candidate(s, s.idx * 10000, "meeting", "held", False, [envoy, official]))
    return out


_SESSION_NOUNS = {key(w) for w in ("اجلاس", "کمیسیون", "کمیته", "نشست", "جلسه")}
_HELD_VERB = re.compile(r"(?:برگزار|انجام)\s?(?:شد|گردید)(?:ند)?[.!]?$")


def _later_delegation_heads(sentences: list[Sentence], resolver: Resolver) -> None:
    """«با هیات بلندپایه آفریقای جنوبی ... ملاقات کرد. در این هیات که به سرپرستی خانم ام فکتو معاون وزیر
    امور خارجه آفریقای جنوبی وارد کشورمان شدند، ...»: a delegation's head named after the meeting, for
    its state's delegation met before."""
    for s in sentences:
        toks = s.tokens
        for m in _person_mentions(s):
            if 0 < m.start < len(toks) and toks[m.start].key in _DELEGATION and toks[m.start - 1].key in _ANAPHOR:
                for p in resolver.people(m, None, None):
                    if (p.name or p.role) and p.country and p.country != resolver.home:
                        resolver.delegation_heads.setdefault(p.country, p)


def _headed_talks(sentences: list[Sentence], resolver: Resolver) -> list[Candidate]:
    """«رایزنی‌های سیاسی ایران و هند ... به ریاست A، معاون وزیر خارجه هند و B، معاون وزیر خارجه ایران
    ... برگزار شد»: talks held between delegations headed by two named envoys of two states are their
    heads' meeting."""
    out = []
    for s in sentences:
        narrative = s.text[: s.narrative_end].rstrip()
        if s.title or s.in_quote or not _HELD_VERB.search(narrative):
            continue
        toks = s.tokens
        headed = next((k for k in range(1, len(toks)) if _headed_by_word(toks, k)), None)
        if headed is None or not (_triggers(s) or any(t.key in _SESSION_NOUNS for t in toks[:headed])):
            continue  # («این اجلاس به ریاست A ... و B ... برگزار شد»: a session of the two delegations)
        people = []
        for m in _person_mentions(s):
            if m.start >= headed and not m.plural:  # (the name may take «ریاست» in with it)
                people += [p for p in resolver.people(m, None, None) if p.name and p.country]
        if len(people) == 2 and people[0].country != people[1].country:
            out.append(Candidate(s, s.idx * 10000 + headed, "meeting", "held", False, people))
    return out


def _speakers_of_this_meeting(sentences: list[Sentence], resolver: Resolver) -> list[Candidate]:
    """«A در این تماس تلفنی گفت: ...» and «B نیز در این تماس تلفنی گفت: ...» in an article that
    never introduces the call: the two who spoke in it are its parties."""
    people: list[Person] = []
    by_office = False  # (a speaker the text names only by his office)
    first, kind = None, "meeting"
    for s in sentences:
        if s.title or s.in_quote:
            continue
        anaphoric = [(ti, k) for ti, _, k in _triggers(s) if ti > 0 and s.tokens[ti - 1].key in _ANAPHOR]
        if not anaphoric and not people:
            # («رئیسی در گفت‌وگوی تلفنی با قدردانی از ... تاکید کرد»: a call whose other party speaks next)
            anaphoric = [(ti, k) for ti, _, k in _triggers(s) if k == "call" and ti > 0 and s.tokens[ti - 1].key == key("در")]
        if not anaphoric:
            continue
        subject = _subject(_person_mentions(s), s.tokens, s)
        if subject is None or not (subject.name or subject.role) or subject.end > anaphoric[0][0]:
            continue
        for p in resolver.people(subject, None, None):
            # (an office of a state, named or not: «سرکنسول جدید ترکیه در مشهد هم در این دیدار ...»)
            if (p.name or p.role and p.country) and not any(p.same(q) for q in people):
                people.append(p)
                by_office = by_office or not subject.name
                first = first or s
                kind = "call" if anaphoric[0][1] == "call" else kind
    if len(people) != 2 or first is None or by_office and people[0].country == people[1].country:
        return []  # (an office of the same state as the other speaker is his side: «معاون وزیر صمت» with the minister)
    return [Candidate(first, first.idx * 10000, kind, "held", False, people)]


def _paired_subjects(s: Sentence, resolver: Resolver, focus: Person | None) -> list[Candidate]:
    """«A وزیر ... ایران و B وزیر ... روسیه ضمن تاکید بر ... به توافق‌های جدیدی دست یافتند.» then
    «در این دیدار ...»: two officials of two states as the plural subject of a past verb, when the
    next sentence speaks of «this meeting», met (no meeting word of its own)."""
    if s.quote is not None or not _PLURAL_PAST.search(s.text[: s.narrative_end].strip()):
        return []
    mentions = [m for m in _person_mentions(s) if not m.plural]
    first = _subject(mentions, s.tokens, s)
    if first is None or len(mentions) != 2 or mentions[0] is not first:
        return []
    second = mentions[1]
    if second.start != first.end + 1 or s.tokens[first.end].key != key("و"):
        return []
    people = [p for m in (first, second) for p in resolver.people(m, focus, None)]
    if len(people) != 2 or None in (people[0].country, people[1].country) or people[0].country == people[1].country:
        return []
    return [Candidate(s, s.idx * 10000 + first.start, "meeting", "held", False, people,
                      day=_explicit_date(s.text[: s.narrative_end], resolver.published))]


def _merge_same_records(records: list[dict], named_now: set[int]) -> list[dict]:
    """Two records of the same named people, kind and status on no different days are one meeting
    (a title's «وزیران نفت ایران و عربستان» and the body's «زنگنه ... و الفالح وزیر انرژی عربستان»,
    when one was named only by the article's later words, ``named_now``, or one names them with no
    office at all): the first keeps its place and takes what it lacks from the other."""
    def roleless(r: dict) -> bool:  # «در تماس تلفنی A با B» before «A وزیر ... با B وزیر ...»
        return not any(p["role"] for p in r["participants"])

    out: list[dict] = []
    for rec in records:
        same = next((r for r in out if (id(r) in named_now or id(rec) in named_now or roleless(r) or roleless(rec))
                     and _same_record(r, rec)), None)
        if same is None:
            out.append(rec)
            continue
        if roleless(same):
            same["participants"] = rec["participants"]
        for name in ("date", "location", "city", "country", "occasion"):
            same[name] = same[name] or rec[name]
        same["statements"] += [x for x in rec["statements"] if x not in same["statements"]]
        same["topics"] += [x for x in rec["topics"] if x not in same["topics"]]
    return out


def _drop_calls_made_one_by_one(records: list[dict]) -> list[dict]:
    """«اردوغان با پوتین و زلنسکی گفتگو می‌کند» in a headline, and the body's two calls, one with each:
    a call of three or more whose caller the article shows calling each of the others apart, in the
    same tense, is those calls, not one more."""
    def who(p: dict) -> tuple:
        return (key(p["name"]),) if p["name"] else (p["role"], p["country"])

    pairs = {(r["status"], frozenset(map(who, r["participants"])))
             for r in records if r["kind"] == "call" and len(r["participants"]) == 2}
    return [r for r in records if not (
        r["kind"] == "call" and len(r["participants"]) >= 3 and any(
            all((r["status"], frozenset((who(hub), who(p)))) in pairs for p in r["participants"] if p is not hub)
            for hub in r["participants"]))]


def _same_record(a: dict, b: dict) -> bool:
    names_a = [key(p["name"]) for p in a["participants"] if p["name"]]
    names_b = [key(p["name"]) for p in b["participants"] if p["name"]]
    return len(names_a) == len(a["participants"]) == len(names_b) == len(b["participants"]) >= 2 \
        and set(names_a) == set(names_b) and a["kind"] == b["kind"] and a["status"] == b["status"] \
        and (a["date"] is None or b["date"] is None or a["date"] == b["date"])


def _surname_mentions(sentences: list[Sentence]) -> None:
    """«... با میخائیل بوگدانف دیدار کرد» and elsewhere «امیرعبداللهیان و بوگدانف ...»: the surname
    alone of a name the article gives in full (one no table lists) is that person."""
    full: dict[str, str] = {}
    # (opening a sentence, the surname is his even when it is a common word or the table lists him with
    # no such alias: «محمد اسلامی» ... «اسلامی قرار است با ... دیدار کند»)
    opening: dict[str, str] = {}
    for s in sentences:
        for m in _person_mentions(s):
            if m.name and len(m.name.split()) >= 2:
                opening.setdefault(key(m.name.split()[-1]), m.name)
                if not m.name_from_table:
                    full.setdefault(key(m.name.split()[-1]), m.name)
    if not opening:
        return
    # («سردار گودرزی» in the headline, «سردار احمدعلی گودرزی» in the body: the body's man, not the listed
    # «محمود گودرزی» the article never names in full)
    in_full = {m.name for s in sentences for m in _person_mentions(s) if m.name_from_table and m.surface and " " in m.surface}
    for s in sentences:
        for m in _person_mentions(s):
            if m.name_from_table and m.surface and " " not in m.surface and m.name not in in_full \
                    and (own := full.get(key(m.surface))) is not None and not m.role \
                    and (lexicon().given_name(first := own.split()[0]) or not _ordinary(first)):
                m.name, m.name_from_table, m.name_weak = own, False, False
    for s in sentences:
        mentions = _person_mentions(s)
        covered = {k for m in mentions for k in range(m.start, m.end)}
        found = [Mention(k, k + 1, name=(full if k else opening)[t.key], prep=s.tokens[k - 1].key if k else None)
                 for k, t in enumerate(s.tokens) if k not in covered and not s.spans.get(k) and len(t.key) >= 4
                 and (t.key in full and not _ordinary(t.text, 300_000) or k == 0 and t.key in opening and not s.title)]
        office = next((m for m in mentions if m.start == 2 and not m.name and m.role), None)
        if found and found[0].start == 0 and office is not None and s.tokens[1].text in "،,":
            office.start, office.name = 0, found.pop(0).name  # «مهاجر، سفیر ...»: the surname, then his office
        if found:
            mentions.extend(found)
            mentions.sort(key=lambda m: m.start)


def _overlap(a: Official, b: Official) -> bool:
    return (a.start is None or b.end is None or a.start <= b.end) and (b.start is None or a.end is None or b.start <= a.end)


@dataclass(frozen=True)
class _Named:
    """What a text names, read once: its offices, each with the state written right after it, if
    any («رئیس مجلس سوریه» is no office of Iran's), and the listed officials it names in full or by
    a surname no common word («لاوروف»)."""
    offices: frozenset[tuple[str, str | None]]
    people: frozenset[str]


@lru_cache(maxsize=256)
def _named_in(text: str) -> _Named:
    spans = match_spans(tokenize(text), text)
    offices, people = set(), set()
    # (a surname that is also a common word counts after an honorific: «حضرت آیت‌الله سیستانی»)
    after_honorific = {sp.j for sp in spans.values() if sp.has("honorific")}
    for sp in spans.values():
        for e in sp.entries:
            if e.kind == "office":
                nxt = spans.get(sp.j)
                offices.add((e.canon, next((x.canon for x in nxt.entries if x.kind in ("country", "adj")), None)
                             if nxt else None))
            elif e.kind == "person" and not (e.data and e.data[0] and sp.i not in after_honorific):
                people.add(e.canon)
    return _Named(frozenset(offices), frozenset(people))


def _places_named(s: Sentence) -> list[tuple[int, str]]:
    """The states of the cities and provinces a sentence names, with the token each starts at."""
    return [(i, e.data[0]) for i, sp in sorted(s.spans.items()) for e in sp.entries[:1]
            if e.kind in ("city", "province") and e.data]


def _states_named(s: Sentence, at: bool = False) -> list:
    """The states a sentence names (countries, their adjectives, the states of its cities), in order
    (``at``: with the token each starts at)."""
    found = [(i, e.canon if e.kind in ("country", "adj") else e.data[0])
             for i, sp in sorted(s.spans.items()) for e in sp.entries if e.kind in ("country", "city", "adj")]
    return found if at else [state for _, state in found]


def _record(mt: Meeting, nxt: Meeting | None, sentences: list[Sentence], pub: date | None,
            resolver: Resolver) -> dict:
    trig_sents = list({id(c.sentence): c.sentence for c in sorted(mt.cands, key=lambda c: c.pos)}.values())
    statuses = [c.status for c in mt.cands]
    if any(c.cancelled for c in mt.cands):
        status = "planned"
    elif "held" in statuses:
        status = "held"
    elif "planned" in statuses:
        status = "planned"
    else:
        status = "held"
    future = status == "planned"
    # date: the most specific expression in the meeting's own sentences (body before title)
    body = [s for s in trig_sents if not s.title] or trig_sents
    first_idx = min(s.idx for s in body)
    end_idx = min((c.sentence.idx for c in nxt.cands if not c.sentence.title), default=len(sentences)) if nxt else len(sentences)
    # «X در این دیدار/تماس ...»: later sentences about the same meeting (before the next one)
    anaphoric = [s for s in sentences if first_idx < s.idx < end_idx and not s.title and not s.in_quote
                 and s not in body and _anaphoric_trigger(s)]
    past = _past_meeting(mt)
    if past:
        anaphoric = []  # an earlier meeting: only its own sentence dates it
    day = None
    trigger_at = {}
    for c in mt.cands:
        ti = c.pos % 10000
        if ti < len(c.sentence.tokens):
            trigger_at.setdefault(id(c.sentence), c.sentence.tokens[ti].start)
    for s in body + anaphoric:  # the first sentence of the meeting that dates it
        if id(s) in trigger_at:
            day = _date_near(s, pub, future, trigger_at[id(s)])
        else:
            day = _best_date(s.text[s.date_start: s.narrative_end], pub, future)
        if day:
            break
    if day is None and not past:
        # a lead without a date, then «به گزارش ...، X امروز ...» about one of the principals
        # (or an office of theirs in more than one word: «شهردار یزد», named only further on)
        surnames = {key(p.name.split()[-1]) for p in mt.people if p.name} \
            | {key(p.role) for p in mt.people if p.role and " " in p.role}
        for s in sentences:
            if first_idx < s.idx <= first_idx + 2 and s.idx < end_idx and not s.title and not s.in_quote \
                    and id(s) not in trigger_at:  # (the meeting's own sentences were read above)
                narrative = key(s.text[: s.narrative_end])
                if any(k and k in narrative for k in surnames):
                    day = _best_date(s.text[s.date_start: s.narrative_end], pub, future)
                    if day:
                        break
    if day is None and not past:
        # «X روز دوشنبه وارد مسکو شد. وی در این سفر با Y دیدار کرد»: a date just before (not the
        # day the traveller left after days away: «امروز پس از سفری سه روزه سمرقند را ترک کرد»)
        # (from each of the meeting's own sentences in turn: a lead line may tell it before the dateline
        # «تهران، ۱۲ مهرماه ۱۴۰۱- ...» that opens the story telling it again)
        body_idx = {b.idx for b in body}
        for start_idx in sorted(body_idx):
            between: list[Sentence] = []  # the sentences from the meeting back to that date, nearest first
            for s in reversed([t for t in sentences if start_idx - 2 <= t.idx < start_idx and not t.title
                               and t.idx not in body_idx]):
                narrative = s.text[: s.narrative_end].replace("\u200c", " ")
                if _DEPARTURE.search(narrative) and _DAYS_LONG.search(narrative) or _timestamp(narrative):
                    continue  # (nor the page's own time stamp: «۲۸ مهر ۱۴۰۴، ۲۱:۴۲» tells when it was published)
                found = _best_date(s.text[s.date_start: s.narrative_end], pub, future)
                if found and future and _told_as_done(s):
                    break  # («X امروز وارد ریاض شد. قرار است با Y دیدار کند»: the day he arrived, not of the meeting)
                if found:
                    day = found
                    if pub is None:  # «... شنبه ۲۶ آبان وارد دمشق شد. ... امروز یکشنبه با Y دیدار کرد»
                        day = next(filter(None, (D.weekday_near(b.text[b.date_start: b.narrative_end], found)
                                                 for b in body + between)), found)
                    break
                between.append(s)
            if day is not None:
                break
    if day is None and pub is None and not past:
        # «X روز دوشنبه با Y دیدار کرد. ... سفیر دوشنبه ۳۰ تیر ۱۴۰۴ اعلام کرد»: a weekday and a date
        # written out in a sentence next to it
        for near in (t for t in sentences if abs(t.idx - first_idx) <= 2 and t.idx != first_idx and not t.title):
            written = _explicit_date(near.text, None)
            if written:
                day = next(filter(None, (D.weekday_near(b.text[b.date_start: b.narrative_end], written) for b in body)),
                           None)
                break
    if day is None and pub is None and resolver.era and not past:
        # no publication date: a weekday, day and month fix the year within the era («سه‌شنبه ۲۳ دی»)
        for s in body + anaphoric:
            day = D.weekday_anchored(s.text[s.date_start: s.narrative_end], *resolver.era)
            if day:
                break
    if day is None and pub is None and resolver.today and not past and any(
            _TODAY.search(s.text[s.date_start: s.narrative_end]) for s in body):
        # «امروز در حاشیه این اجلاس با ... دیدار کرد» and elsewhere «از امروز چهارشنبه (۱۴ تیرماه)»: that day
        day = resolver.today
    if status == "held" and day and pub and day > pub:
        if all(c.status is None for c in mt.cands):
            status = "planned"  # («از دیدار ظریف و لاوروف در ۷ بهمن خبر داد»: no verb told it done; the day is to come)
        else:
            # A meeting reported as held cannot postdate its report (MEETINGS.md): the date in
            # the text was misread or misprinted, and no date is better than a wrong one.
            day = None
    # scope of the meeting: from its first sentence to the next meeting's first sentence
    scope = [s for s in sentences if first_idx <= s.idx < max(end_idx, first_idx + 1)]
    title_sents = [s for s in trig_sents if s.title]
    city, country, trip, occasions = _place_and_occasion(body)
    if not occasions or not (city or country):
        near = [t for t in sentences if first_idx - 2 <= t.idx < first_idx and not t.title]
        in_body = {id(s) for s in body}
        c2, k2, t2, o2 = _place_and_occasion(near + [s for s in scope if id(s) not in in_body][:3])
        if not (city or country):
            city, country = c2, k2
        occasions += [o for o in o2 if o not in occasions]
    if trip and not any("سفر" not in o for o in occasions):
        # «در سفر به چین» during a summit mentioned elsewhere in the article
        _, _, _, o3 = _place_and_occasion(scope)
        occasions += [o for o in o3 if o not in occasions]
    if mt.kind == "call":  # a call is no part of a trip to the place (the caller's trip is not the call's)
        occasions = [o for o in occasions if not o.startswith("سفر به")]
    occasion = "؛ ".join(respell(o) for o in _unique(occasions)) or None
    if city is None and occasion:
        city, country = _city_in(occasion, country)  # «در حاشیه مجمع دیپلماسی آنتالیا»
    if resolver.dispatched and trip and trip in (city, country) and status == "held" and not _past_meeting(mt):
        # «خبرنگار اعزامی ... به کاراکاس»: another trip the report mentions («سفر مادورو به تهران») is not where
        city, country = resolver.dispatched
    if city is None and country is None and resolver.trip and status == "held" and not _past_meeting(mt):
        # a report of a trip or summit: its meetings took place where the traveller went
        city, country = resolver.trip
    if city is None and country is None and "تقدیم استوارنامه" in occasions:
        # letters of credence are presented in the receiving state's capital
        host = next((p.country for p in mt.people if p.role != "سفیر" and p.country), None)
        city = resolver.lex.capital_of.get(host) if host else None
        country = host if city else None
    if mt.kind == "call":
        city = country = None
    if future and day and pub and day < pub:
        # («روز گذشته در اعلامیه‌ای گفته که ... دیدار خواهد کرد»: the day of the announcement, not of the meeting)
        day = None
    location = city or country
    topics = _topics(scope + title_sents)
    people = [p.as_dict() for p in mt.people]
    stated = {p["country"] for p in people if p["country"]}
    unplaced = [p for p in people if not p["country"]]
    if stated and resolver.home not in stated and len(unplaced) == 1 and not unplaced[0]["role"] \
            and (words := (unplaced[0]["name"] or "").split()) \
            and not (resolver.home == "ایران" and lexicon().given_name(words[0])
                     and not lexicon().iranian_given_name(words[0])) \
            and not any(key(w) in _NAME_PARTICLES or w.startswith("ال") for w in words) \
            and not _foreign_official_named(unplaced[0]["name"], resolver.home):
        # («عباس ذاکریان با فرماندار کربلا دیدار کرد»: the one named with no office, met by foreigners
        # only, is the outlet's own state's; not, on an Iranian outlet, one with a foreign official's given
        # name («دیوید پترئوس»), nor one with an Arabic name's particles («خالد الفیصل»), nor an office with
        # no state, a foreign body's as often, nor «ترامپ» out of office: a foreign official's surname)
        unplaced[0]["country"] = resolver.home
    statements = mt.statements
    if ARTICLE_SPELLING:
        spelled = {p["name"]: _unglued(_article_spelling(p["name"], resolver.article_keys, resolver.words,
                                                         resolver.surfaces.get(p["name"])) or "") or None
                   for p in people}
        for p in people:  # the article's own spelling of a listed full name («ماکرون» for «مکرون»)
            p["name"] = spelled[p["name"]]
        # Speakers are participants' names: keep them the same strings.
        statements = [{**s, "speaker": spelled.get(s["speaker"], s["speaker"])} for s in statements]
    return {
        "kind": mt.kind,
        "status": status,
        "date": day.isoformat() if day else None,
        "location": location,
        "city": city,
        "country": country,
        "occasion": occasion,
        "participants": people,
        "statements": statements,
        "topics": topics,
    }


_WILL = {key("خواهد"), key("خواهند")}
# past verbs that tell a sentence as done: an arrival, a departure, an announcement
_DONE_VERBS = _PAST_VERB | {key(w) for w in ("کرده", "گرفت", "گرفتند", "داد", "دادند", "رسید", "رسیدند", "رفت",
                                             "رفتند")}


def _foreign_official_named(name: str, home: str) -> bool:
    """The table lists another state's official by this full name or, for one word, surname («ترامپ»)."""
    lex = lexicon()
    names = [name, *lex.full_names_ending(name)] if " " not in name else [name]
    return any(o.country != home for n in names for o in lex.officials_named(n))


def _told_as_done(s: Sentence) -> bool:
    """The sentence tells what has happened («... وارد ریاض شد», «... امروز از برنامه ... خبر داد»), not a
    trip to come («... برگزار خواهد شد») nor one put off («سفر ... که قرار بود امروز انجام شود، به زمان
    دیگری موکول شد»)."""
    return any(t.key in _DONE_VERBS and not (k and s.tokens[k - 1].key in _WILL) for k, t in enumerate(s.tokens)) \
        and not _CANCELLED.search(s.text[: s.narrative_end])


def _past_meeting(mt: "Meeting") -> bool:
    return all(c.past for c in mt.cands)


_DISPATCHED = re.compile(r"اعزامی[^،,\n]{0,40}?\sبه\s+([^\s،,.]+(?:\s[^\s،,.]+)?)")


def _dispatched_to(text: str) -> tuple[str | None, str | None] | None:
    """(city, country) of «به گزارش خبرنگار اعزامی خبرگزاری فارس به کاراکاس»: the reporter
    travels with the delegation (read before the credit line is dropped)."""
    m = _DISPATCHED.search(unify_letters(text))
    if m is None:
        return None
    toks = tokenize(m[1])
    sp = match_spans(toks, m[1]).get(0)
    if sp is None or sp.has("org", "office") or not sp.has("city", "country"):
        return None
    e = sp.get("city") or sp.get("country")
    return (e.canon, e.data[0]) if e.kind == "city" else (None, e.canon)


def _trip_destination(sentences: list[Sentence]) -> tuple[str | None, str | None] | None:
    """(city, country) of the one trip the article reports («سفر به X», «وارد X شد»), if one."""
    _, _, trip, _ = _place_and_occasion(sentences)
    if trip is None:
        return None
    lex = lexicon()
    if trip in lex.country_of_city:
        return trip, lex.country_of_city[trip]
    return None, trip


def _city_in(phrase: str, country: str | None) -> tuple[str | None, str | None]:
    """A known city named inside ``phrase`` (and its country), if it agrees with ``country``
    (not a process named after one: «نشست سران روند آستانه» in Tehran)."""
    toks = tokenize(phrase)
    for sp in match_spans(toks, phrase).values():
        e = sp.get("city")
        if e and not sp.has("country", "person", "org") and country in (None, e.data[0]) \
                and not (sp.i > 0 and toks[sp.i - 1].key in _NAMED_AFTER) \
                and not (sp.i > 1 and toks[sp.i - 1].key == key("صلح") and toks[sp.i - 2].key in _NAMED_AFTER):
            return e.canon, e.data[0]
    return None, country


_NAMED_AFTER = {key(w) for w in ("روند", "فرایند", "فرآیند", "قالب", "توافق", "توافقنامه", "بیانیه", "مذاکرات")}


_HONORIFIC_WORDS = {w.split()[0] for w in HONORIFICS} | {"آیت‌الله", "حجت‌الاسلام"}
# titles that open no name («آیت‌الله رئیسی»), but «ملا» does: «ملا برادر» is the name Taliban leaders go by
_NOT_A_NAMES_START = {key(w) for w in _HONORIFIC_WORDS - {"ملا"}}  # (by key: «آیتالله» with its ZWNJ lost too)
_TITLE_KEYS = {key(w) for w in _HONORIFIC_WORDS}


def _article_spelling(name: str | None, article_keys: str, words: list[str], surface: str | None = None) -> str | None:
    """The article's own spelling of a listed full name: of the table's spellings and the one a
    mention used, those the article has with as many words, the fullest, then the first it writes
    («امانوئل ماکرون» before «امانوئل مکرون»); never a shorter form («علی باقری» for «علی باقری کنی»)."""
    if not name:
        return name
    n = _name_words(name)
    # («آبه شینزو» for the table's «شینزو آبه»: the family name first)
    reordered = [" ".join(reversed(name.split()))] if n == 2 else []
    found = [v for v in (name, *lexicon().spellings.get(name, ()), *reordered, *([surface] if surface else ()),
                         *_middle_names(name, words))
             if _name_words(v) >= n and key(v.split()[0]) not in _NOT_A_NAMES_START and key(v) in article_keys]
    if found:
        # (words counted across ZWNJ too: «شی جین‌پینگ» is as full as «شی جین پینگ»)
        best = min(found, key=lambda v: (-len(re.split(r"[\s\u200c]+", v)), article_keys.index(key(v)), -len(key(v))))
        return _as_written(best, words)
    if surface and key(surface.split()[0]) in _NOT_A_NAMES_START:
        surface = None  # («آیتالله رئیسی»: a title with the surname, not a fuller name)
    return surface or _same_consonants(name, words) or name


def _as_written(name: str, words: list[str]) -> str:
    """The article's letters for a name it has under the same key («حسین امیرعبدالهیان» where the
    table writes «حسین امیرعبداللهیان»): the words as printed when they differ."""
    k, n = key(name), len(name.split())
    for size in sorted({n, n + 1, max(1, n - 1)}):
        if size < n and key(name.split()[0]) in _TITLE_KEYS:
            continue  # («ملاعبدالغنی برادر»: a title glued to the name is no part of its spelling)
        for i in range(len(words) - size + 1):
            if k.startswith(key(words[i]) or "-") and key("".join(words[i:i + size])) == k:
                return " ".join(words[i:i + size])
    return name


def _name_words(name: str) -> int:
    """Words of a name but «بن»/«بنت»: «محمد حمد الرومحی» is as full as «محمد بن حمد الرمحی»."""
    return sum(key(w) not in _PATRONYMIC for w in name.split())



def _middle_names(name: str, words: list[str]) -> list[str]:
    """The article's fuller forms of a listed two-word name: «یاسین طاهر حسن یاسر الیاسری» for «یاسین الیاسری»."""
    parts = name.split()
    if len(parts) != 2:
        return []
    first, last = key(parts[0]), key(parts[1])
    return [" ".join(words[i:j + 1]) for i, w in enumerate(words) if key(w) == first
            for j in range(i + 2, min(len(words), i + 5)) if key(words[j]) == last
            and not any(key(x) in _STOP or key(x) == last for x in words[i + 1:j])]


_WORDS = re.compile(r"[^\W\d_][\w\u200c\u064b-\u065f\u0670]*")  # (a shadda is inside a word: «خرّم»)


def _same_consonants(name: str, words: list[str]) -> str | None:
    """The article's words for a listed name transliterated with other long vowels or dots
    («نیکولاس مادورو» for the table's «نیکلاس مادورو», «سرگئی لاوروف» / «سرگی لاوروف»): as many
    words, each with the same consonants (:func:`skeleton`), one of them spelled exactly as listed."""
    parts = name.split()
    keys = {key(w) for w in parts}
    for i in range(len(words) - len(parts) + 1):
        window = words[i:i + len(parts)]
        if _same_skeletons(parts, window) and any(key(w) in keys for w in window):
            return " ".join(window)
    # only the surname, spelled otherwise («شایگو» for the table's «سرگئی شویگو»): the article's surname
    # after the table's given names, so that the name reads as the article wrote it
    surname = parts[-1]
    if len(parts) < 2 or len(skeleton(surname)) < 2:
        return None
    distinct = dict.fromkeys(words)  # (in the article's order, each word once)
    if key(surname) not in {key(w) for w in distinct}:
        for w in distinct:
            if skeleton(w) == skeleton(surname) and w[0] == surname[0] and w[-1] == surname[-1] \
                    and not _ordinary(w):  # (a vowel inside the word, not its ending: «مادورا»; not «رؤسای»)
                return " ".join([*parts[:-1], w])
    return None


def _same_skeletons(a: list[str], b: list[str]) -> bool:
    """Two names of two words or more, word by word the same consonants (long vowels aside); a word
    of vowels alone matches another such («وانگ یی» / «وانگ ای»)."""
    return len(a) == len(b) >= 2 and all(len(skeleton(x)) >= 2 and skeleton(x) == skeleton(y)
                                         or not skeleton(x) and not skeleton(y) for x, y in zip(a, b))


def _anaphoric_trigger(s: Sentence) -> bool:
    """The sentence refers back to a meeting: «در این دیدار», «در همین تماس تلفنی»."""
    return any(sp.has("trigger") and sp.i > 0 and s.tokens[sp.i - 1].key in _ANAPHOR for sp in s.spans.values())


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x and all(key(x) not in key(y) for y in out):
            out = [y for y in out if key(y) not in key(x)]
            out.append(x)
    return out
