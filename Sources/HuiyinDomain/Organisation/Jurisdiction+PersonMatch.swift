extension Jurisdiction {
    /// Whether `user` may be told that `found` was matched through the person (同一身份证号、同一电话、
    /// 姓名相同地址相近) — from the petition being viewed, or from a draft or typed keys when `viewed` is nil.
    ///
    /// Never when the informant's identity is withheld from the user on either side (RULES.md §4): a unit
    /// named as accused in the viewed petition would learn who accuses it by seeing the same ID number on
    /// another petition, and one accused in the found petition would learn that the person it is looking
    /// at is its informant. Findings by text alone are not affected.
    public static func maySeePersonMatch(_ user: StaffUser, viewing viewed: PetitionRecord?, found: PetitionRecord,
                                         units: UnitDirectory) -> Bool {
        if let viewed, hidesIdentity(from: user, viewed, units: units) { return false }
        return !hidesIdentity(from: user, found, units: units)
    }
}
