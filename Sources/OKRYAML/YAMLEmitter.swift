import CYAML
import OKRModel

/// Writes a JSON value as block-style YAML with libyaml's emitter, which picks quotes and escapes;
/// a string goes plain only where `YAMLResolver` reads it back as that string, else in double
/// quotes, and a string of several lines as a literal block when libyaml can keep it exact.
public enum YAMLEmitter {
    public static func text(_ value: JSONValue) -> String {
        let output = Output()
        // libyaml keeps its state in the struct: one place in memory for its whole life.
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) == 1 else { preconditionFailure("libyaml could not start an emitter: out of memory") }
        defer { yaml_emitter_delete(emitter) }
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            Unmanaged<Output>.fromOpaque(data).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        // Long statements stay on one line.
        yaml_emitter_set_width(emitter, -1)
        let writer = Writer(emitter: emitter)
        writer.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        writer.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
        writer.value(value)
        writer.emit { yaml_document_end_event_initialize(&$0, 1) }
        writer.emit { yaml_stream_end_event_initialize(&$0) }
        return withExtendedLifetime(output) { String(decoding: output.bytes, as: UTF8.self) }
    }

    private final class Output {
        var bytes: [UInt8] = []
    }

    private struct Writer {
        let emitter: UnsafeMutablePointer<yaml_emitter_t>

        func emit(_ make: (inout yaml_event_t) -> Int32) {
            var event = yaml_event_t()
            guard make(&event) == 1, yaml_emitter_emit(emitter, &event) == 1 else {
                // Every event here is well formed and the output is memory: only a broken libyaml fails.
                let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "out of memory"
                preconditionFailure("libyaml could not write YAML: \(problem)")
            }
        }

        func value(_ value: JSONValue) {
            switch value {
            case .null: scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
            case .bool(let flag): scalar(flag ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
            // JSON's number grammar is part of YAML's: the text as read, so 4.20 stays 4.20. YAML 1.1
            // reads `2e3` (an exponent without a point) as text: such a number says it is one, `!!float 2e3`.
            case .number(let text):
                if YAMLResolver.kind(of: text) == .float, text.contains(where: { $0 == "e" || $0 == "E" }), !text.contains(".") {
                    scalar(text, style: YAML_PLAIN_SCALAR_STYLE, tag: "tag:yaml.org,2002:float")
                } else {
                    scalar(text, style: YAML_PLAIN_SCALAR_STYLE)
                }
            case .string(let text): string(text)
            case .array(let elements):
                // An empty list can only be written in flow style: `[]`.
                emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, elements.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE) }
                for element in elements { self.value(element) }
                emit { yaml_sequence_end_event_initialize(&$0) }
            case .object(let members):
                emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, members.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE) }
                for member in members {
                    string(member.key)
                    self.value(member.value)
                }
                emit { yaml_mapping_end_event_initialize(&$0) }
            }
        }

        func string(_ text: String) {
            if text.contains("\n") {
                // libyaml falls back to quotes when a block cannot hold the text exactly (a CR, trailing spaces).
                scalar(text, style: YAML_LITERAL_SCALAR_STYLE)
            } else if YAMLResolver.kind(of: text) == .string {
                // Plain where libyaml's analysis allows it, quoted where not (`: `, ` #`, a leading `-`…).
                scalar(text, style: YAML_ANY_SCALAR_STYLE)
            } else {
                scalar(text, style: YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            }
        }

        func scalar(_ text: String, style: yaml_scalar_style_t, tag: String? = nil) {
            var bytes = Array(text.utf8)
            bytes.append(0)
            let implicit: Int32 = tag == nil ? 1 : 0
            emit { event in
                bytes.withUnsafeBufferPointer { buffer in
                    guard let tag else {
                        return yaml_scalar_event_initialize(&event, nil, nil, buffer.baseAddress, Int32(buffer.count - 1), implicit, implicit, style)
                    }
                    return tag.withCString { name in
                        name.withMemoryRebound(to: UInt8.self, capacity: tag.utf8.count + 1) { name in
                            yaml_scalar_event_initialize(&event, nil, name, buffer.baseAddress, Int32(buffer.count - 1), implicit, implicit, style)
                        }
                    }
                }
            }
        }
    }
}
