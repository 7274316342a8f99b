extension Strings {
    /// English for the workbench pages.
    static let workbenchTable: [String: String] = [:]
}
