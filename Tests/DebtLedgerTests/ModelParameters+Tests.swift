import DebtModel
import Foundation

extension ModelParameters {
    /// The default parameters of rules/model.yaml, written out so the hand-computed figures do not move with it.
    static func forTests() throws -> ModelParameters {
        func parameter(_ value: Double) -> String { #"{"value": \#(value), "unit": "", "rationale": "", "source": ""}"# }
        let words = #"{"value": [], "unit": "", "rationale": "", "source": ""}"#
        let json = """
            {"version": 1,
             "interest": {"activity_half_life_days": \(parameter(90)), "baseline_hours_per_change": \(parameter(3)),
                          "friction_per_threshold_span": \(parameter(1.24)), "maximum_friction": \(parameter(3)),
                          "largest_change_files": \(parameter(30)), "version_bump_lines": \(parameter(2)),
                          "split_bytes": \(parameter(8000)), "split_share": \(parameter(0.5)), "fix_weight": \(parameter(2))},
             "fixes": {"words": \(words), "housekeeping_words": \(words), "defect_words": \(words),
                       "subject_prefixes": \(words)},
             "debt_ratio": {"minutes_to_write_per_line": \(parameter(30)), "rating_a_up_to": \(parameter(0.05)),
                            "rating_b_up_to": \(parameter(0.1)), "rating_c_up_to": \(parameter(0.2)),
                            "rating_d_up_to": \(parameter(0.5))}}
            """
        return try JSONDecoder().decode(ModelParameters.self, from: Data(json.utf8))
    }
}
