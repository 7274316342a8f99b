/// The interface language: Chinese first, English second.
public enum Lang: String, Sendable, CaseIterable {
    case zh, en

    public var htmlLang: StaticString { self == .zh ? "zh-CN" : "en" }

    /// The text in this language: `zh` is the source; English comes from ``Strings/english``, falling back
    /// to the Chinese so a missing translation never hides anything.
    public func t(_ zh: String) -> String {
        self == .zh ? zh : (Strings.english[zh] ?? zh)
    }
}
