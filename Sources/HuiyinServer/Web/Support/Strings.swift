/// English for the interface. Chinese is the source text; each page's file adds its own table in an
/// extension (`Strings+<Page>.swift`) and it is listed in ``tables``.
public enum Strings {
    static let english: [String: String] = {
        var all: [String: String] = [:]
        for table in tables { all.merge(table) { a, _ in a } }
        return all
    }()

    static var tables: [[String: String]] { [common, workbench, registration, casePage, documents, admin, portal, supervisionTable, analysisTable, unavailableTable, searchTable, lifecycleTable, routingTable] }

    static let common: [String: String] = [
        "回音": "Huiyin",
        "信访事项办理系统": "Petition case management",
        "跳到主要内容": "Skip to main content",
        "主导航": "Main navigation",
        "工作台": "Workbench",
        "登记": "Register",
        "案件查询": "Cases",
        "系统管理": "Administration",
        "退出": "Sign out",
        "修改密码": "Change password",
        "登录": "Sign in",
        "用户名": "Username",
        "密码": "Password",
        "用户名或密码错误": "Wrong username or password",
        "密码错误次数过多，账号已锁定，请于以下时间后再试：": "Too many wrong passwords; the account is locked until ",
        "请填写用户名和密码": "Please enter your username and password",
        "当前密码": "Current password",
        "新密码": "New password",
        "再次输入新密码": "New password again",
        "保存": "Save",
        "取消": "Cancel",
        "两次输入的新密码不一致": "The two new passwords differ",
        "当前密码不正确": "The current password is wrong",
        "密码已修改，请重新登录": "Password changed; please sign in again",
        "页面不存在": "Page not found",
        "没有权限": "Not allowed",
        "出错了": "Something went wrong",
        "返回工作台": "Back to the workbench",
        "表单已过期，请刷新页面后重试": "The form has expired; reload the page and try again",
        "件件有着落、件件有回音": "Every petition has an owner, a deadline and an answer",
        "English": "English",
        "中文": "中文",
        "演示账号密码均为": "Every demo login's password is",
        "该信访件已被他人修改，请刷新后重试": "This case was changed by someone else; reload and try again",
    ]
}

// Each page's table lives beside the page; these start empty so pages can be added independently.
extension Strings {
    static let workbench: [String: String] = workbenchTable
    static let registration: [String: String] = registrationTable
    static let casePage: [String: String] = casePageTable
    static let documents: [String: String] = documentsTable
    static let admin: [String: String] = adminTable
    static let portal: [String: String] = portalTable
}
