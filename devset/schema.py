"""What a devset article file must look like (used by tests/test_devset.py and the scorer)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import yaml

from pipelines.persian import fold

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"

KINDS = {"meeting", "call"}
STATUSES = {"held", "planned"}
SOURCES = {
    "irna", "isna", "tasnim", "farsnews", "mehrnews", "iribnews", "ilna", "khabaronline",
    "entekhab", "yjc", "president", "mfa", "hamshahrionline", "donya-e-eqtesad", "shana",
    "icana", "parliran", "iribnews-english", "tabnak", "asriran", "eghtesadonline",
}
# Offices as annotated (with ZWNJ). An office outside this list is a typo or needs adding here.
ROLES = {
    "رئیس‌جمهور", "معاون اول رئیس‌جمهور", "سرپرست ریاست‌جمهوری", "رئیس مجلس",
    "وزیر امور خارجه", "سرپرست وزارت امور خارجه", "معاون سیاسی وزیر امور خارجه",
    "معاون حقوقی و بین‌المللی وزیر امور خارجه", "معاون وزیر امور خارجه",
    "دستیار ارشد وزیر امور خارجه", "سخنگوی وزارت امور خارجه",
    "وزیر نفت", "وزیر امور اقتصادی و دارایی", "وزیر دفاع", "وزیر کشور", "وزیر نیرو",
    "وزیر راه و شهرسازی", "وزیر صنعت، معدن و تجارت", "وزیر بهداشت", "وزیر اقتصاد",
    "وزیر انرژی", "وزیر بازرگانی", "وزیر خزانه‌داری", "وزیر امور خارجه و تجارت",
    "دبیر شورای عالی امنیت ملی", "مشاور امنیت ملی", "رئیس سازمان انرژی اتمی",
    "رئیس کل بانک مرکزی", "رئیس بانک مرکزی", "رئیس قوه قضاییه", "رئیس ستاد کل نیروهای مسلح",
    "سفیر", "کاردار", "نماینده دائم", "رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس",
    "نخست‌وزیر", "امیر", "سلطان", "پادشاه", "ولیعهد", "ولیعهد و نخست‌وزیر", "صدراعظم",
    "دبیرکل", "مدیرکل", "نماینده عالی سیاست خارجی و امنیتی", "معاون دبیرکل",
    "رئیس", "رئیس پارلمان", "رئیس شورای حاکمیتی", "نماینده ویژه", "فرستاده ویژه",
    "وزیر امور خارجه و نخست‌وزیر", "مسئول سیاست خارجی", "دبیرکل شورای امنیت", "دبیر شورای امنیت", "معاون نخست‌وزیر",
    "رئیس شورای فدراسیون", "رئیس دومای دولتی", "معاون وزیر امور خارجه و مذاکره‌کننده ارشد",
    "رئیس دفتر رئیس‌جمهور", "دستیار رئیس‌جمهور", "رئیس کمیسیون", "وزیر دولت در امور خارجه",
    "رهبر انقلاب", "مدیر دفتر کمیسیون مرکزی امور خارجه", "وزیر خارجه", "رهبر کاتولیک‌های جهان",
}
REQUIRED = ("url", "source", "title", "published", "text", "meetings")
MEETING_FIELDS = ("kind", "status", "date", "location", "city", "country", "occasion",
                  "participants", "statements_min", "topics_min")


def load_articles(directory: Path | str | None = None) -> list[dict]:
    """Every article file, sorted by file name, with its file name under ``_file``."""
    directory = Path(directory) if directory else ARTICLES_DIR
    articles = []
    for path in sorted(directory.glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            try:
                data = yaml.safe_load(handle)
            except yaml.YAMLError as error:
                raise ValueError(f"{path.name}: invalid YAML: {error}") from error
        data["_file"] = path.name
        articles.append(data)
    return articles


def published_date(article: dict) -> _dt.date | None:
    """The publication day; None when unknown (the extractor's input allows a null date)."""
    value = article["published"]
    if value is None:
        return None
    return value if isinstance(value, _dt.date) else _dt.date.fromisoformat(str(value))


def iso(value) -> str | None:
    """Dates in YAML may load as date objects; the scorer compares ISO strings."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, _dt.date) else str(value)


def problems(article: dict) -> list[str]:
    """Everything wrong with one article file; empty when it is valid."""
    out = []
    name = article.get("_file", "?")
    for key in REQUIRED:
        if key not in article:
            out.append(f"{name}: missing {key}")
    if out:
        return out
    if article["source"] not in SOURCES:
        out.append(f"{name}: unknown source {article['source']!r}")
    if not str(article["url"]).startswith(("http://", "https://")):
        out.append(f"{name}: url is not http(s)")
    try:
        published = published_date(article)
    except ValueError:
        return out + [f"{name}: published is not YYYY-MM-DD"]
    if not str(article["text"]).strip() or len(str(article["text"]).split("\n")) < 2:
        out.append(f"{name}: text must have at least two paragraphs")
    meetings = article["meetings"]
    if not isinstance(meetings, list):
        return out + [f"{name}: meetings must be a list"]
    for index, meeting in enumerate(meetings):
        where = f"{name} meeting {index}"
        for key in MEETING_FIELDS:
            if key not in meeting:
                out.append(f"{where}: missing {key}")
        if meeting.get("kind") not in KINDS:
            out.append(f"{where}: kind {meeting.get('kind')!r}")
        if meeting.get("status") not in STATUSES:
            out.append(f"{where}: status {meeting.get('status')!r}")
        date = iso(meeting.get("date"))
        if date is not None:
            try:
                day = _dt.date.fromisoformat(date)
            except ValueError:
                out.append(f"{where}: date {date!r} is not ISO")
            else:
                if meeting.get("status") == "held" and published and day > published:
                    out.append(f"{where}: held but dated {date} after publication {published}")
        if meeting.get("kind") == "call" and any(meeting.get(k) for k in ("location", "city", "country")):
            out.append(f"{where}: a call has no place")
        participants = meeting.get("participants") or []
        if len(participants) < 2:
            out.append(f"{where}: fewer than two principals")
        for person in participants:
            if set(person) != {"name", "role", "country"}:
                out.append(f"{where}: participant fields {sorted(person)}")
            if person.get("role") not in ROLES:
                out.append(f"{where}: role {person.get('role')!r} not in schema.ROLES")
            if not person.get("country"):
                out.append(f"{where}: participant without country")
        names = {p.get("name") for p in participants if p.get("name")}
        for statement in meeting.get("statements_min") or []:
            if statement.get("speaker") not in names:
                out.append(f"{where}: statement speaker {statement.get('speaker')!r} is not a named participant")
            if not statement.get("contains"):
                out.append(f"{where}: statement without contains")
            elif fold(statement["contains"]) not in fold(article["text"]):
                out.append(f"{where}: statement text not found in the article: {statement['contains']!r}")
        if not isinstance(meeting.get("topics_min"), list):
            out.append(f"{where}: topics_min must be a list")
    return out
