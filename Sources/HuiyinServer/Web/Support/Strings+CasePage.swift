extension Strings {
    /// English for the casePage pages.
    static let casePageTable: [String: String] = [:]
}
