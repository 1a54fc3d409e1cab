import BuildManifests
import ModuleGraph
import Testing

@Suite struct MixManifestTests {
    @Test func mixProjectsAreModulesNamedByTheirAppWithTheDepsTheyList() {
        // elixir-ls: an umbrella root and two apps, one depending on the other in the umbrella.
        let files = [
            "mix.exs": """
                defmodule ElixirLS.Mixfile do
                  use Mix.Project
                  def project do
                    [apps_path: "apps", deps: deps(), dialyzer: [plt_add_apps: [:dialyxir_vendored, :mix]]]
                  end
                  defp deps do
                    []
                  end
                end
                """,
            "apps/language_server/mix.exs": """
                defmodule ElixirLS.LanguageServer.MixProject do
                  use Mix.Project
                  # app: :commented_out
                  def project do
                    [
                      app: :language_server,
                      version: "0.1.0",
                      description: "app: :not_this",
                      deps: deps()
                    ]
                  end
                  def application, do: [mod: {ElixirLS.LanguageServer, []}, extra_applications: [:logger]]
                  defp deps do
                    [
                      {:elixir_ls_utils, in_umbrella: true},
                      {:elixir_sense, github: "elixir-lsp/elixir_sense", ref: @dep_versions[:elixir_sense]},
                      {:jason_v, github: "elixir-lsp/jason", override: true},
                      {:dialyxir_vendored, github: "elixir-lsp/dialyxir", runtime: false}
                    ]
                  end
                  defp aliases, do: [test: {:ok, "nothing"}]
                end
                """,
            "apps/elixir_ls_utils/mix.exs": "defmodule ElixirLS.Utils.MixProject do\n  @app :elixir_ls_utils\n  def project, do: [app: @app]\nend\n",
            "apps/broken/mix.exs": "defmodule Broken do\nend\n",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: MixManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"ElixirLS [other] roots=[""] deps=[] imports=[] @mix.exs:1"#,
            #"elixir_ls_utils [library] roots=["apps/elixir_ls_utils"] deps=[] imports=[] @apps/elixir_ls_utils/mix.exs:2"#,
            #"language_server [library] roots=["apps/language_server"] deps=["dialyxir_vendored", "elixir_ls_utils", "elixir_sense", "jason_v"] imports=[] @apps/language_server/mix.exs:6"#,
        ])
        #expect(result.warnings.map(\.description) == ["apps/broken/mix.exs:1: mix.exs has no `app:` name; skipped"])
    }
}
