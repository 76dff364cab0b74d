"""String helpers."""


def slugify(text):
    return "-".join(text.lower().split())


def title_case(text):
    # FIXME: handle apostrophes
    return " ".join(w.capitalize() for w in text.split())
