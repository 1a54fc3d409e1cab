import ImportScan
import SourceScan
import Testing

@Suite struct ZigTests {
    private static let sample = """
        const std = @import("std");
        const Analyser = @import("analysis.zig");

        pub fn clamp(x: i32, lo: i32, hi: i32) i32 {
            if (x < lo and lo > 0) return lo;
            return if (x > hi) hi else x;
        }

        fn generic(comptime T: type, items: []const T) !usize {
            var count: usize = 0;
            for (items) |item| {
                const value = item orelse continue;
                switch (value) {
                    0 => count += 1,
                    else => {},
                }
            }
            const parsed = std.fmt.parseInt(u8, "1", 10) catch return error.Bad;
            _ = parsed;
            return count;
        }

        const Point = struct {
            x: f32,
            pub fn norm(self: Point) f32 {
                while (true) {
                    if (self.x > 0) break;
                }
                return self.x;
            }
        };

        test "clamp" {
            try std.testing.expect(clamp(1, 0, 2) == 1);
        }

        const help =
            \\\\pub fn notAFunction() void {}
        ;
        """

    @Test func functionsAndTheirComplexityAreLizards() throws {
        // lizard 1.24.3 on this sample: clamp@4-7 CCN 4, generic@9-21 CCN 6, norm@25-30 CCN 3. A `test` block is no
        // function; `comptime T: type` is a parameter, not a type declaration; a `\\` line is a string (lizard reads
        // the functions in zls' test sources written so).
        let found = summary(try functions(Self.sample, as: "Zig"))
        #expect(found == [
            "clamp 4-7 ccn=4 nest=0", "generic 9-21 ccn=6 nest=3", "norm 25-30 ccn=3 nest=1",
        ], "\(found)")
    }

    @Test func importsAreFilesByPathAndModulesByName() throws {
        let text = """
            const std = @import("std");
            const Analyser = @import("analysis.zig");
            const types = @import("lsp/types.zig");
            const zon = @import("build.zig.zon");
            const c = @cImport({ @cInclude("stdio.h"); });
            // const old = @import("old.zig");
            const s = "@import(\\"not.zig\\")";
            """

        #expect(try imports(in: text, as: "Zig") == [
            ImportFacts(path: "std", kind: .module, line: 1),
            ImportFacts(path: "analysis.zig", kind: .relative, line: 2),
            ImportFacts(path: "lsp/types.zig", kind: .relative, line: 3),
            ImportFacts(path: "build.zig.zon", kind: .relative, line: 4),
        ])
    }
}
