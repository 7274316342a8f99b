import Foundation
import HuiyinDomain

/// Persistence of situation analysis (形势分析): the petitions the hotspot detector reads, the alerts
/// already raised for hotspots, and the editable recommendations of each period's report.
public protocol AnalysisStore: Sendable {
    /// Petitions received from `from` through `through` as hotspot items (place = locality unit id,
    /// category = first-level code, text = title and the beginning of the content).
    func hotspotItems(receivedFrom from: LocalDate, through: LocalDate) async throws -> [HotspotItem]
    /// Records that the hotspot `key` was alerted and queues `messages`, in one transaction; false (and
    /// nothing queued) when it was alerted before.
    func recordHotspotAlert(key: String, messages: [OutboxMessage], at: Date) async throws -> Bool
    /// The registrations of the given petitions (for exports that mask personal data row by row).
    func registrations(ids: [Int64]) async throws -> [Int64: Registration]
    /// Petitions received in the range flagged as skipping levels (越级).
    func levelSkippingCount(from: LocalDate, through: LocalDate) async throws -> Int
    /// The saved recommendations (对策建议) of the report for `period` (its code, e.g. 2026-10).
    func reportNote(period: String) async throws -> String?
    func saveReportNote(period: String, text: String, by user: StaffUser.ID, at: Date) async throws
}
