extension Strings {
    /// English for the documents pages.
    static let documentsTable: [String: String] = [:]
}
