import Planning

/// Stages after a move name the moved files where they are by then.
///
/// A split's move stages say where each file goes (`PlanStage.moves`); a later stage of the ordered plan (a function to
/// simplify in `tokio-stream/src/stream_ext/skip_while.rs`, a caller of another split in
/// `tokio-stream/src/wrappers/watch.rs`) names the file at its new path. Paths are matched whole, between spaces,
/// punctuation and backticks, so `a/b.rs` never rewrites `x/a/b.rs` or `a/b.rs:28` loses its line.
enum MovedPaths {
    static func relocating(_ stages: [PlanStage]) -> [PlanStage] {
        var moved: [String: String] = [:]
        return stages.map { stage in
            var stage = stage
            if !moved.isEmpty {
                let rewrite = { (text: String) in relocated(text, moved) }
                (stage.title, stage.why) = (rewrite(stage.title), rewrite(stage.why))
                stage.steps = stage.steps.map(rewrite)
                stage.files = stage.files.map(rewrite)
                stage.importSites = stage.importSites.map { site in
                    ImportSite(path: rewrite(site.path), line: site.line, imports: site.imports, through: site.through)
                }
                stage.checks = stage.checks.map { check in
                    PlanCheck(rule: check.rule, subject: rewrite(check.subject), comparison: check.comparison,
                        value: check.value, text: rewrite(check.text))
                }
            }
            moved.merge(stage.moves) { _, new in new }
            return stage
        }
    }

    /// `text` with each whole path of `moved` replaced by its new path.
    static func relocated(_ text: String, _ moved: [String: String]) -> String {
        rewritingWords(text) { moved[$0] ?? $0 }
    }

    /// `stage`, the split of a file a stage before it moves from `path` to `destination`, with the new files it makes
    /// put beside the file where it is by then (`storage/remote/read_test_x_test.go`, split off
    /// `storage/remote/read_test.go`, goes to `storage/chunkedreader/` with it); the file's own path is relocated
    /// with the others (`relocating`).
    static func besideMoved(_ stage: PlanStage, from path: String, to destination: String) -> PlanStage {
        let (old, new) = (folder(of: path), folder(of: destination))
        guard old != new else { return stage }
        let rewrite = { (text: String) in
            rewritingWords(text) { word in
                guard word != path, folder(of: word) == old, word.contains(".") else { return word }
                return (new.isEmpty ? "" : new + "/") + word.dropFirst(old.isEmpty ? 0 : old.count + 1)
            }
        }
        var stage = stage
        stage.steps = stage.steps.map(rewrite)
        return stage
    }

    private static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// `text` with each word between spaces, punctuation and backticks replaced by `transform`'s.
    private static func rewritingWords(_ text: String, _ transform: (String) -> String) -> String {
        guard text.contains("/") else { return text }
        var result = ""
        var word = ""
        func flush() {
            result += transform(word)
            word = ""
        }
        for character in text {
            if " ,;:`()[]\"'".contains(character) {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }
}
