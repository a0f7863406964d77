/// The JSON Schema (draft 2020-12) of file format v1, printed by `okr schema`.
/// Unknown members are allowed everywhere: a v1 reader keeps them.
public enum DocumentSchema {
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://okr.invalid/schema/v1.json",
      "title": "okr document, format v1",
      "description": "One team's objectives and key results for one period, as written by okr.",
      "type": "object",
      "required": ["schemaVersion"],
      "properties": {
        "schemaVersion": { "const": 1 },
        "team": { "type": "string" },
        "period": { "type": "string", "description": "Free text such as 2027-Q1." },
        "createdAt": { "$ref": "#/$defs/timestamp" },
        "updatedAt": { "$ref": "#/$defs/timestamp" },
        "participants": { "$ref": "#/$defs/strings" },
        "purpose": {
          "type": "object",
          "properties": {
            "who": { "type": ["string", "null"], "description": "Who are we creating value for?" },
            "change": { "type": ["string", "null"], "description": "What do we want to see change?" },
            "evidence": { "type": ["string", "null"], "description": "How will we know we made the intended impact?" },
            "observations": {
              "type": "array",
              "description": "What the team saw of the evidence at each check-in, in date order.",
              "items": {
                "type": "object",
                "required": ["date", "note"],
                "properties": { "date": { "$ref": "#/$defs/date" }, "note": { "type": "string" } }
              }
            }
          }
        },
        "kpis": { "type": "array", "items": { "$ref": "#/$defs/kpi" } },
        "objectives": { "type": "array", "items": { "$ref": "#/$defs/objective" } },
        "notes": { "$ref": "#/$defs/strings" },
        "findings": { "type": "array", "description": "Derived by exports; ignored when read." }
      },
      "$defs": {
        "strings": { "type": "array", "items": { "type": "string" } },
        "timestamp": {
          "type": ["string", "null"],
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
        },
        "number": { "type": ["number", "null"] },
        "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "kpi": {
          "type": "object",
          "required": ["name"],
          "properties": {
            "id": { "type": "string", "pattern": "^(K[0-9]+)?$" },
            "name": { "type": "string" },
            "unit": { "type": ["string", "null"] },
            "current": { "$ref": "#/$defs/number" },
            "better": { "enum": ["higher", "lower", null], "description": "Which way is good for this KPI." },
            "history": {
              "type": "array",
              "description": "Values on dates, in date order; current mirrors the latest.",
              "items": {
                "type": "object",
                "required": ["date", "value"],
                "properties": { "date": { "$ref": "#/$defs/date" }, "value": { "type": "number" } }
              }
            }
          }
        },
        "objective": {
          "type": "object",
          "required": ["title"],
          "properties": {
            "id": { "type": "string" },
            "title": { "type": "string" },
            "type": { "enum": ["committed", "aspirational", null] },
            "owner": { "type": ["string", "null"] },
            "sharedWith": { "$ref": "#/$defs/strings" },
            "kpis": { "$ref": "#/$defs/strings" },
            "alignsTo": {
              "type": "array",
              "description": "What this objective contributes to in other documents: a team's name and its objective's id, e.g. Company/O2.",
              "items": { "type": "string", "pattern": "^.+/O[0-9]+$" }
            },
            "accepted": { "$ref": "#/$defs/strings" },
            "keyResults": { "type": "array", "items": { "$ref": "#/$defs/keyResult" } },
            "retro": {
              "type": "object",
              "description": "What the team said at the retrospective (okr retro).",
              "properties": { "learned": { "type": ["string", "null"] }, "differently": { "type": ["string", "null"] } }
            },
            "carryOver": { "$ref": "#/$defs/carryOver" }
          }
        },
        "keyResult": {
          "type": "object",
          "required": ["statement"],
          "properties": {
            "id": { "type": "string" },
            "statement": { "type": "string" },
            "metric": { "type": ["string", "null"] },
            "baseline": { "$ref": "#/$defs/number" },
            "target": { "$ref": "#/$defs/number" },
            "unit": { "type": ["string", "null"] },
            "direction": { "enum": ["increase", "decrease", "maintain", "at-least", "at-most", null] },
            "due": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "doneWhen": { "type": ["string", "null"], "description": "For a key result without numbers: what the team will see when it is done" },
            "owner": { "type": ["string", "null"] },
            "confidence": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
            "indicator": { "enum": ["leading", "lagging", null] },
            "focus": { "enum": ["adoption", "delivery", "business", null] },
            "current": { "$ref": "#/$defs/number" },
            "accepted": { "$ref": "#/$defs/strings" },
            "checkIns": {
              "type": "array",
              "description": "Readings during the period, in date order; current and confidence mirror the latest. A milestone records 1 for done, 0 for not yet.",
              "items": {
                "type": "object",
                "required": ["date"],
                "properties": {
                  "date": { "$ref": "#/$defs/date" },
                  "value": { "$ref": "#/$defs/number" },
                  "confidence": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
                  "note": { "type": ["string", "null"] }
                }
              }
            },
            "grade": { "type": ["number", "null"], "minimum": 0, "maximum": 1, "description": "The final grade given at the retrospective (okr retro)." },
            "gradeNote": { "type": ["string", "null"], "description": "Why the team gave that grade." },
            "carryOver": { "$ref": "#/$defs/carryOver" }
          }
        },
        "carryOver": {
          "type": "object",
          "description": "What became of the item in the next period's plan (okr next).",
          "required": ["period", "decision"],
          "properties": {
            "period": { "type": "string" },
            "decision": { "enum": ["keep", "modify", "drop"] },
            "reason": { "type": ["string", "null"] }
          }
        }
      }
    }
    """#
}
