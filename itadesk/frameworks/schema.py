"""The declared shape of a framework document, checked before anything reads it.

``framework.schema.json`` (JSON Schema 2020-12, beside this module) says which fields a
document has and what type each one is; ``jsonschema`` checks a document against it and the
first problem comes back as a Thai sentence naming the field (``oit_groups[0].items``), so a
hand-edited or hostile file is refused instead of raising TypeError deep in the parser.
Numbers must be finite (JSON's NaN and Infinity are not numbers to an office).

Unknown keys are allowed everywhere: a document from a newer ITADesk with extra optional
fields still loads. To add a field, declare it under its object's ``properties`` in the
schema file and read it in ``parse_framework``.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import extend

SCHEMA_FILE = Path(__file__).with_name("framework.schema.json")

_TYPE_NAMES = {
    "object": "ออบเจกต์ { … }",
    "array": "รายการ [ … ]",
    "string": "ข้อความ",
    "integer": "จำนวนเต็ม",
    "number": "ตัวเลข",
    "boolean": "true หรือ false",
    "null": "null",
}


def _finite_number(checker, instance: Any) -> bool:
    return Draft202012Validator.TYPE_CHECKER.is_type(instance, "number") and (
        not isinstance(instance, float) or math.isfinite(instance)
    )


_Validator = extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("number", _finite_number),
)


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    _Validator.check_schema(schema)
    return _Validator(schema)


def field_path(path) -> str:
    """``oit_groups[0].items[2].components``: where a problem is, as the file spells it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "ทั้งไฟล์"


FIELD_LABELS = {
    "fiscal_year": "ปีงบประมาณเป็นปี พ.ศ.",
    "title": "ชื่อ",
    "name": "ชื่อ",
    "indicators": "ตัวชี้วัด",
    "number": "เลขตัวชี้วัด",
    "tool": "เครื่องมือ",
    "weight": "น้ำหนัก",
    "grading": "เกณฑ์ระดับผลการประเมิน",
    "bands": "ช่วงคะแนนของระดับ",
    "label": "ชื่อระดับ",
    "min_total": "คะแนนขั้นต่ำของระดับ",
    "min_each_tool": "คะแนนขั้นต่ำของทุกเครื่องมือ",
    "pass_mark": "เกณฑ์ผ่าน",
    "oit_groups": "ตัวชี้วัดย่อยของ OIT",
    "indicator": "ตัวชี้วัดที่สังกัด",
    "items": "รายการข้อ",
    "components": "องค์ประกอบด้านข้อมูล",
    "responsible": "ผู้รับผิดชอบ",
    "sources": "แหล่งที่มา",
    "notes": "หมายเหตุ",
    "calendar": "ปฏิทิน",
    "oit_submission_end": "วันสุดท้ายของการส่ง OIT",
}
"""Thai names of the fields, shown beside the field's own name in a message."""


def _label(path: list) -> str:
    names = [part for part in path if isinstance(part, str)]
    if not names:
        return ""
    if names[-1] == "code":
        return "รหัสข้อ" if "items" in names else "รหัสตัวชี้วัดย่อย"
    return FIELD_LABELS.get(names[-1], "")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}…"


def _reason(error: ValidationError) -> str:
    kind, expected = error.validator, error.validator_value
    if kind == "type":
        names = [expected] if isinstance(expected, str) else expected
        return f"ต้องเป็น{' หรือ '.join(_TYPE_NAMES.get(n, n) for n in names)} ไม่ใช่ {_short(error.instance)}"
    if kind == "required":
        missing = next((name for name in expected if name not in error.instance), expected[0])
        return f"ขาดช่อง {missing}"
    if kind == "enum":
        return f"ต้องเป็นค่าใดค่าหนึ่งใน {', '.join(map(str, expected))} ไม่ใช่ {_short(error.instance)}"
    if kind in ("minimum", "exclusiveMinimum"):
        return f"ต้อง{'ไม่น้อยกว่า' if kind == 'minimum' else 'มากกว่า'} {expected}"
    if kind in ("maximum", "exclusiveMaximum"):
        return f"ต้อง{'ไม่เกิน' if kind == 'maximum' else 'น้อยกว่า'} {expected}"
    if kind in ("minLength", "pattern") and isinstance(error.instance, str) and not error.instance.strip():
        return "ต้องไม่ว่าง"
    if kind == "maxLength":
        return f"ยาวเกิน {expected:,} ตัวอักษร"
    if kind == "pattern":
        return f"รูปแบบไม่ถูกต้อง ({_short(error.instance)})"
    if kind == "minItems":
        return f"ต้องมีอย่างน้อย {expected} รายการ"
    if kind == "maxItems":
        return f"มีได้ไม่เกิน {expected} รายการ"
    return f"ไม่ถูกต้อง ({_short(error.instance)})"


def _huge_number(value: Any, path: list) -> list | None:
    """Where an integer too long to print sits (the validator's own messages would fail on it)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return path
    children = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    )
    for key, child in children:
        found = _huge_number(child, [*path, key])
        if found is not None:
            return found
    return None


def schema_problem(document: Any) -> str | None:
    """The first way ``document`` breaks the declared schema, in Thai naming the field; None if sound."""
    try:
        huge = _huge_number(document, [])
        if huge is not None:
            label = _label(huge)
            return f"ช่อง {field_path(huge)}{f' ({label})' if label else ''} เป็นตัวเลขยาวผิดปกติ"
        error = best_match(_validator().iter_errors(document))
    except RecursionError:
        return "ข้อมูลซ้อนกันลึกเกินไป"
    if error is None:
        return None
    path = list(error.absolute_path)
    if error.validator == "required":
        path.append(_reason(error).removeprefix("ขาดช่อง "))
        label = _label(path)
        return f"ขาดช่อง {field_path(path)}{f' ({label})' if label else ''}"
    label = _label(path)
    return f"ช่อง {field_path(path)}{f' ({label})' if label else ''} {_reason(error)}"
