import OKRModel

/// The map as JSON, the shape `okr schema --map` describes: teams with their objectives, edges,
/// numbers and the findings across documents (lint's `across` shape).
public enum MapJSON {
    public static func encode(_ map: OrganisationMap) -> JSONValue {
        func target(_ target: OrganisationMap.Target) -> JSONValue {
            switch target {
            case .objective(let t, let o):
                return .object([JSONMember("team", .string(map.teams[t].name)), JSONMember("objective", .string(map.teams[t].objectives[o].id))])
            case .team(let t):
                return .object([JSONMember("team", .string(map.teams[t].name))])
            case .absent(let name):
                return .object([JSONMember("name", .string(name)), JSONMember("inSet", .bool(false))])
            }
        }
        return .object([
            JSONMember("teams", .array(map.teams.map { team in
                .object([
                    JSONMember("team", .string(team.name)),
                    JSONMember("file", .string(team.file)),
                    JSONMember("period", .string(team.period)),
                    JSONMember("objectives", .array(team.objectives.map { .object([JSONMember("id", .string($0.id)), JSONMember("title", .string($0.title))]) })),
                ])
            })),
            JSONMember("edges", .array(map.edges.map { edge in
                .object([
                    JSONMember("kind", .string(edge.kind.rawValue)),
                    JSONMember("from", .object([JSONMember("team", .string(map.teams[edge.team].name)),
                                                JSONMember("objective", .string(map.teams[edge.team].objectives[edge.objective].id))])),
                    JSONMember("to", target(edge.target)),
                    JSONMember("status", .string(edge.status.rawValue)),
                ])
            })),
            JSONMember("numbers", .array(map.numbers.map { number in
                .object([
                    JSONMember("name", .string(number.name)),
                    JSONMember("movers", .array(number.movers.map { mover in
                        .object([
                            JSONMember("team", .string(map.teams[mover.team].name)),
                            JSONMember("item", .string(mover.item)),
                            JSONMember("direction", mover.direction.map { .string($0.rawValue) } ?? .null),
                        ])
                    })),
                    JSONMember("tugOfWar", .bool(number.tugOfWar)),
                ])
            })),
            JSONMember("findings", .array(map.findings.map(SetFindingJSON.encode))),
        ])
    }

    /// The JSON Schema (draft 2020-12) of `encode`'s output, printed by `okr schema --map`.
    public static let schema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://okr.invalid/schema/map-v1.json",
      "title": "okr organisation map",
      "description": "Teams and their objectives, what each aligns to and is shared with, and the numbers several teams move, as okr map --format json writes them.",
      "type": "object",
      "required": ["teams", "edges", "numbers", "findings"],
      "additionalProperties": false,
      "properties": {
        "teams": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["team", "file", "period", "objectives"],
            "additionalProperties": false,
            "properties": {
              "team": { "type": "string" },
              "file": { "type": "string" },
              "period": { "type": "string" },
              "objectives": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["id", "title"], "additionalProperties": false,
                  "properties": { "id": { "type": "string" }, "title": { "type": "string" } }
                }
              }
            }
          }
        },
        "edges": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["kind", "from", "to", "status"],
            "additionalProperties": false,
            "properties": {
              "kind": { "enum": ["alignsTo", "sharedWith"] },
              "from": { "$ref": "#/$defs/objectiveRef" },
              "to": {
                "oneOf": [
                  { "$ref": "#/$defs/objectiveRef" },
                  { "type": "object", "required": ["team"], "additionalProperties": false, "properties": { "team": { "type": "string" } } },
                  { "type": "object", "required": ["name", "inSet"], "additionalProperties": false,
                    "properties": { "name": { "type": "string" }, "inSet": { "const": false } } }
                ]
              },
              "status": { "enum": ["ok", "confirmed", "one-sided", "missing", "broken"] }
            }
          }
        },
        "numbers": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "movers", "tugOfWar"],
            "additionalProperties": false,
            "properties": {
              "name": { "type": "string" },
              "movers": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["team", "item", "direction"], "additionalProperties": false,
                  "properties": {
                    "team": { "type": "string" },
                    "item": { "type": "string" },
                    "direction": { "enum": ["increase", "decrease", "maintain", "at-least", "at-most", null] }
                  }
                }
              },
              "tugOfWar": { "type": "boolean" }
            }
          }
        },
        "findings": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["rule", "severity", "failureMode", "message", "question", "places"],
            "properties": {
              "rule": { "type": "string" },
              "severity": { "enum": ["error", "warning", "info"] },
              "failureMode": { "type": "integer", "minimum": 1, "maximum": 5 },
              "message": { "type": "string" },
              "question": { "type": "string" },
              "places": {
                "type": "array",
                "items": {
                  "type": "object", "required": ["file", "team", "target", "path"],
                  "properties": { "file": { "type": "string" }, "team": { "type": "string" }, "target": { "type": "string" }, "path": { "type": "string" } }
                }
              }
            }
          }
        }
      },
      "$defs": {
        "objectiveRef": {
          "type": "object", "required": ["team", "objective"], "additionalProperties": false,
          "properties": { "team": { "type": "string" }, "objective": { "type": "string" } }
        }
      }
    }
    """#
}
