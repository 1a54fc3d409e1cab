import BuildManifests
import ModuleGraph
import PlainManifests
import Testing

@Suite struct OTPApplicationManifestTests {
    /// A rebar3 umbrella in the shape of vernemq's, a single application at a repository's root, and an application
    /// Mix builds (emqx's have both files).
    static let files = [
        "apps/vmq_server/src/vmq_server.app.src": """
            %% The server: {applications, [not_this]}
            {application, vmq_server, [
                {description, "VerneMQ [MQTT] Server, 'quoted'"},
                {applications, [kernel, stdlib, vmq_commons,
                                vmq_plugin]},
                {included_applications, ['vmq_ql']},
                {env, [{applications, [ignored]}]}
            ]}.
            """,
        "apps/vmq_server/src/vmq_server.erl": "",
        "apps/vmq_commons/src/vmq_commons.app.src": "{application, vmq_commons, [{applications, []}]}.\n",
        "src/cowboy.app.src": "{application, cowboy, [{applications, [kernel, ranch]}]}.\n",
        "apps/emqx/mix.exs": "", "apps/emqx/src/emqx.app.src": "{application, emqx, []}.\n",
        "tools/notes.src": "not an application\n",
    ]

    @Test func anApplicationResourceFileDeclaresItsApplicationAndTheApplicationsItNeeds() {
        let result = ManifestHarness.read(ManifestHarness.context(Self.files), with: OTPApplicationManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"cowboy [library] roots=[""] deps=["kernel", "ranch"] imports=[] @src/cowboy.app.src:1"#,
            #"vmq_commons [library] roots=["apps/vmq_commons"] deps=[] imports=[] @apps/vmq_commons/src/vmq_commons.app.src:1"#,
            #"vmq_server [library] roots=["apps/vmq_server"] deps=["kernel", "stdlib", "vmq_commons", "vmq_plugin", "vmq_ql"] imports=[] @apps/vmq_server/src/vmq_server.app.src:2"#,
        ])
        #expect(result.modules.allSatisfy { $0.ecosystem == "otp" })
        #expect(result.warnings.isEmpty)
    }

    @Test func theScriptRebarEvaluatesIntoAResourceFileIsReadAsWritten() {
        // rebar3's own application has only `rebar.app.src.script`; beside a `.app.src`, the script only adjusts it.
        let context = ManifestHarness.context([
            "apps/rebar/src/rebar.app.src.script": "{application, rebar, [{applications, [kernel, getopt]}]}.\n",
            "apps/rebar/src/rebar.erl": "",
            "apps/relx/src/relx.app.src": "{application, relx, []}.\n",
            "apps/relx/src/relx.app.src.script": "CONFIG.\n",
            "tools/build.script": "not an application\n",
        ])

        let result = ManifestHarness.read(context, with: OTPApplicationManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"rebar [library] roots=["apps/rebar"] deps=["getopt", "kernel"] imports=[] @apps/rebar/src/rebar.app.src.script:1"#,
            #"relx [library] roots=["apps/relx"] deps=[] imports=[] @apps/relx/src/relx.app.src:1"#,
        ])
    }
}
