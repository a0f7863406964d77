/// A YAML value as libyaml reads it, with the line it starts on (from 1) for messages.
/// Scalars keep their text and how they were written: what a plain scalar means (a number, a
/// date, `null`) depends on where it stands, so it is decided by the reader, not here.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], line: Int)
    case mapping([(key: YAMLNode, value: YAMLNode)], line: Int)

    public var line: Int {
        switch self {
        case .scalar(let scalar): return scalar.line
        case .sequence(_, let line), .mapping(_, let line): return line
        }
    }
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable, Equatable {
    public var text: String
    /// Written plain (no quotes, no block) and without a tag: only such a scalar may be read as
    /// something other than text.
    public var isPlain: Bool
    /// The tag it was given (`tag:yaml.org,2002:int` for `!!int`), or nil.
    public var tag: String?
    public var line: Int

    public init(text: String, isPlain: Bool, tag: String? = nil, line: Int) {
        self.text = text
        self.isPlain = isPlain
        self.tag = tag
        self.line = line
    }

    /// What the scalar is by YAML's own rules (`YAMLResolver`): a tag decides, else a plain scalar's text.
    public var kind: YAMLResolver.Kind {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return .bool
            case "tag:yaml.org,2002:int": return .int
            case "tag:yaml.org,2002:float": return .float
            case "tag:yaml.org,2002:str", "!": return .string
            default: break
            }
        }
        return isPlain ? YAMLResolver.kind(of: text) : .string
    }
}
