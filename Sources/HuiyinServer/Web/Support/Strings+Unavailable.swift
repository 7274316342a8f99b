extension Strings {
    /// English for the page shown while the database is unreachable (503).
    static let unavailableTable: [String: String] = [
        "系统暂时无法使用": "Temporarily unavailable",
        "数据库暂时无法连接，本次操作未完成。请稍候片刻后刷新页面或重新提交。如长时间无法恢复，请联系系统管理员。":
            "The database cannot be reached right now and this action was not completed. Please wait a moment, then reload the page or submit again. If this lasts, contact your system administrator.",
        "重新加载": "Reload",
    ]
}
