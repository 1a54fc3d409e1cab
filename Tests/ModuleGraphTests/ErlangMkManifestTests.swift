import BuildManifests
import ModuleGraph
import PlainManifests
import Testing

@Suite struct ErlangMkManifestTests {
    /// rabbitmq/rabbitmq-server's shape: applications under deps/ whose Makefiles include ../../erlang.mk, one with a
    /// resource file, one Mix builds, and Makefiles that are not erlang.mk projects.
    static let files = [
        "deps/rabbit/Makefile": """
            PROJECT = rabbit
            PROJECT_DESCRIPTION = RabbitMQ
            PROJECT_REGISTERED = rabbit_amqqueue_sup \\
                                 rabbit_direct_client_sup

            define PROJECT_ENV
            [
                {tcp_listeners, [5672]},
                {DEPS = not_this}
            ]
            endef

            LOCAL_DEPS = sasl os_mon # inets
            DEPS = ranch rabbit_common \\
                   ra $(EXTRA_DEPS)
            DEPS += khepri
            TEST_DEPS = rabbitmq_ct_helpers proper
            BUILD_DEPS = rabbitmq_cli
            dep_khepri = git https://github.com/rabbitmq/khepri main

            include ../../rabbitmq-components.mk
            include ../../erlang.mk
            """,
        "deps/rabbit_common/Makefile": "PROJECT=rabbit_common\nDEPS:=ranch\n-include ../../erlang.mk\n",
        "deps/amqp_client/Makefile": "PROJECT = amqp_client\ninclude ../../erlang.mk\n",
        "deps/amqp_client/src/amqp_client.app.src": "{application, amqp_client, []}.\n",
        "deps/rabbitmq_cli/Makefile": "PROJECT = rabbitmqctl\ninclude ../../erlang.mk\n",
        "deps/rabbitmq_cli/mix.exs": "",
        "deps/rabbit/test/my_plugin/Makefile": "PROJECT = my_plugin\n# include erlang.mk\n",
        "Makefile": "all:\n\tcc -o redis server.c\n",
    ]

    @Test func anErlangMkMakefileDeclaresItsProjectAndItsRuntimeDependencies() {
        let result = ManifestHarness.read(ManifestHarness.context(Self.files), with: ErlangMkManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"rabbit [library] roots=["deps/rabbit"] deps=["khepri", "os_mon", "ra", "rabbit_common", "ranch", "sasl"] imports=[] @deps/rabbit/Makefile:1"#,
            #"rabbit_common [library] roots=["deps/rabbit_common"] deps=["ranch"] imports=[] @deps/rabbit_common/Makefile:1"#,
        ])
        #expect(result.modules.allSatisfy { $0.ecosystem == "otp" })
        #expect(result.warnings.isEmpty)
    }
}
