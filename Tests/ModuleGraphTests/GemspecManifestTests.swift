import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct GemspecManifestTests {
    @Test func gemsAreModulesWithTheirRuntimeDependencies() {
        // sinatra: the gem at the root and two gems in folders, one of them named only by its file.
        let files = [
            "sinatra.gemspec": """
                version = File.read(File.expand_path('VERSION', __dir__)).strip
                Gem::Specification.new 'sinatra', version do |s|
                  s.name = 'sinatra' # the gem
                  s.add_dependency 'rack', '>= 3.0'
                  s.add_dependency('rack-protection', version)
                  s.add_runtime_dependency "tilt", "~> 2.0"
                  s.add_development_dependency 'rake'
                  # s.add_dependency 'commented-out'
                end
                """,
            "sinatra-contrib/sinatra-contrib.gemspec": """
                Gem::Specification.new do |s|
                  s.name = "sinatra-contrib"
                  s.add_dependency "sinatra", "4.1.0"
                end
                """,
            "rack-protection/rack-protection.gemspec": "Gem::Specification.new do |s|\n  s.add_dependency 'rack'\nend\n",
            "lib/sinatra/base.rb": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: GemspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"rack-protection [library] roots=["rack-protection"] deps=["rack"] imports=[] @rack-protection/rack-protection.gemspec:1"#,
            #"sinatra [library] roots=[""] deps=["rack", "rack-protection", "tilt"] imports=[] @sinatra.gemspec:3"#,
            #"sinatra-contrib [library] roots=["sinatra-contrib"] deps=["sinatra"] imports=[] @sinatra-contrib/sinatra-contrib.gemspec:2"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    /// jekyll: its Rakefile, `rake/`, `script/` and cucumber steps were 1,007 of its 8,875 code lines; what a gem ships
    /// is what `require` and its commands load.
    @Test func aGemLoadsItsRequirePathsItsCommandsAndItsExtensions() throws {
        let files = [
            "jekyll.gemspec": """
                Gem::Specification.new do |s|
                  s.name          = "jekyll"
                  s.bindir        = "exe"
                  s.require_paths = ["lib"]
                end
                """,
            "gems/two/two.gemspec": "Gem::Specification.new do |s|\n  s.name = 'two'\n  s.require_paths = ['lib', './vendor']\nend\n",
            "gems/three/three.gemspec": "Gem::Specification.new do |s|\n  s.name = 'three'\n  s.require_paths = paths\nend\n",
            "exe/jekyll": "#!/usr/bin/env ruby\n", "lib/jekyll.rb": "",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: GemspecManifest()).modules

        let loaded = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.loadedPaths) })
        #expect(loaded == [
            "jekyll": ["exe", "ext", "lib"], "two": ["gems/two/bin", "gems/two/ext", "gems/two/lib", "gems/two/vendor"],
            "three": ["gems/three/bin", "gems/three/ext", "gems/three/lib"],
        ])
        let jekyll = try #require(modules.first { $0.name == "jekyll" })
        #expect(jekyll.isTooling("Rakefile") && jekyll.isTooling("rake/task_utils.rb"))
        #expect(!jekyll.isTooling("lib/jekyll/site.rb") && !jekyll.isTooling("exe/jekyll"))
        // Its commands are its targets, which no split moves.
        #expect(jekyll.targetFiles == ["exe/jekyll"])
    }
}
