extension Strings {
    /// English for the registration pages.
    static let registrationTable: [String: String] = [:]
}
