/// The numbering behind ids like `O3`, `K2` and `O1.KR4`.
enum IDNumbering {
    /// One more than the highest number among ids of the form `prefix<n>`; 1 when there are none.
    static func next(after ids: [String], prefix: String) -> Int {
        var highest = 0
        for id in ids where id.hasPrefix(prefix) {
            if let n = Int(id.dropFirst(prefix.count)), n > highest { highest = n }
        }
        return highest + 1
    }
}
