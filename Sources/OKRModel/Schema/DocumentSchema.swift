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
            "evidence": { "type": ["string", "null"], "description": "How will we know we made the intended impact?" }
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
        "kpi": {
          "type": "object",
          "required": ["name"],
          "properties": {
            "id": { "type": "string", "pattern": "^(K[0-9]+)?$" },
            "name": { "type": "string" },
            "unit": { "type": ["string", "null"] },
            "current": { "$ref": "#/$defs/number" }
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
            "accepted": { "$ref": "#/$defs/strings" },
            "keyResults": { "type": "array", "items": { "$ref": "#/$defs/keyResult" } }
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
            "direction": { "enum": ["increase", "decrease", "maintain", null] },
            "due": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "doneWhen": { "type": ["string", "null"], "description": "For a key result without numbers: what the team will see when it is done" },
            "owner": { "type": ["string", "null"] },
            "confidence": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
            "indicator": { "enum": ["leading", "lagging", null] },
            "focus": { "enum": ["adoption", "delivery", "business", null] },
            "current": { "$ref": "#/$defs/number" },
            "accepted": { "$ref": "#/$defs/strings" }
          }
        }
      }
    }
    """#
}
