/// okr's version, shown by `okr --version`.
enum Version {
    static let current = "0.1.0"
}
