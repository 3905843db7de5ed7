package dev.goalpost.project;

import dev.goalpost.baseline.Baseline;
import dev.goalpost.config.ConfigFile;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.OptionNames;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecDiscovery;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A project set up for linting the way both shells do it, so the CLI and the Maven plugin behave identically:
 * the rules its class loader provides (built-in and custom), its configuration file, the options given on the
 * command line or in the pom (which win over the file), and its baseline.
 *
 * <p>Precedence: an option given to the CLI or the plugin ({@code --default-goal}, {@code defaultGoals}) replaces
 * the file's value; the file's values replace the built-in defaults.
 */
public final class ProjectSetup {

    /**
     * What a shell asks for; built by name with {@link #builder}.
     *
     * @param baseDirectory findings name files relative to it (the working directory, the reactor root)
     * @param configFile the configuration file named explicitly (it must exist), or null to look for
     *     {@code goalpost.yaml} in {@code configSearch}
     * @param configSearch folders to look in for {@code goalpost.yaml}, first match wins
     * @param defaultGoals default goals given as an option; empty to keep the configuration file's
     * @param allowRemoteRefs URL prefixes whose remote references may be fetched
     * @param ruleLoader the class loader whose rules run (Goalpost's own, the plugin's realm, or one over rule jars)
     * @param baselineFile the baseline named explicitly (it must exist for linting; it is where
     *     {@link #writeBaseline} writes), or null for {@code goalpost-baseline.json} in {@code baselineDirectory}
     * @param baselineDirectory where the default baseline lives (the working directory, the project folder)
     * @param clock today's date for suppressions that expire
     * @param configDirectory the folder the configuration file's override patterns are relative to, or null for
     *     the file's own folder (a configuration shared from a jar names files relative to the project)
     * @param optionNames how the shell spells its options, for messages
     * @param configResource a configuration shared as a resource (in a jar on the rule class path), used instead
     *     of a file; null for none
     */
    public record Options(Path baseDirectory, Path configFile, List<Path> configSearch, List<String> defaultGoals,
            List<String> allowRemoteRefs, ClassLoader ruleLoader, Path baselineFile, Path baselineDirectory,
            Clock clock, Path configDirectory, OptionNames optionNames, java.net.URL configResource,
            List<Path> spectralRulesets) {
        public Options {
            configSearch = List.copyOf(configSearch);
            defaultGoals = List.copyOf(defaultGoals);
            allowRemoteRefs = List.copyOf(allowRemoteRefs);
            spectralRulesets = List.copyOf(spectralRulesets);
        }

        /**
         * Options for a project whose findings name files relative to {@code baseDirectory}; by default the
         * configuration file and the baseline are looked for there, the rules are Goalpost's own, and messages
         * spell options as the CLI does.
         */
        public static Builder builder(Path baseDirectory) {
            return new Builder(baseDirectory);
        }
    }

    /** Builds {@link Options} by name. */
    public static final class Builder {
        private final Path baseDirectory;
        private Path configFile;
        private List<Path> configSearch;
        private Path configDirectory;
        private List<String> defaultGoals = List.of();
        private List<String> allowRemoteRefs = List.of();
        private ClassLoader ruleLoader = ProjectSetup.class.getClassLoader();
        private Path baselineFile;
        private Path baselineDirectory;
        private Clock clock = dev.goalpost.engine.DefaultZoneClock.INSTANCE;
        private OptionNames optionNames = OptionNames.CLI;
        private java.net.URL configResource;
        private List<Path> spectralRulesets = List.of();

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
        }

        /** The configuration file named explicitly (it must exist); null to look for one. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** Folders to look in for {@code goalpost.yaml}, first match wins (default: the base directory). */
        public Builder configSearch(List<Path> folders) {
            this.configSearch = folders;
            return this;
        }

        /** The folder override patterns are relative to (default: the configuration file's own). */
        public Builder configDirectory(Path folder) {
            this.configDirectory = folder;
            return this;
        }

        public Builder defaultGoals(List<String> goals) {
            this.defaultGoals = goals;
            return this;
        }

        public Builder allowRemoteRefs(List<String> prefixes) {
            this.allowRemoteRefs = prefixes;
            return this;
        }

        public Builder ruleLoader(ClassLoader loader) {
            this.ruleLoader = loader;
            return this;
        }

        /** The baseline named explicitly; null for {@code goalpost-baseline.json} in the baseline directory. */
        public Builder baselineFile(Path file) {
            this.baselineFile = file;
            return this;
        }

        /** Where the default baseline lives (default: the base directory). */
        public Builder baselineDirectory(Path folder) {
            this.baselineDirectory = folder;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** A configuration shared as a resource, used instead of a file (override patterns: see configDirectory). */
        public Builder configResource(java.net.URL resource) {
            this.configResource = resource;
            return this;
        }

        public Builder optionNames(OptionNames names) {
            this.optionNames = names;
            return this;
        }

        /** Spectral rulesets named by the shell ({@code --spectral-ruleset}, {@code <spectralRulesets>}). */
        public Builder spectralRulesets(List<Path> rulesets) {
            this.spectralRulesets = rulesets;
            return this;
        }

        public Options build() {
            return new Options(baseDirectory, configFile, configSearch == null ? List.of(baseDirectory) : configSearch,
                    defaultGoals, allowRemoteRefs, ruleLoader, baselineFile,
                    baselineDirectory == null ? baseDirectory : baselineDirectory, clock, configDirectory, optionNames,
                    configResource, spectralRulesets);
        }
    }

    /** A baseline as written: where, and how many entries. */
    public record WrittenBaseline(Path file, String displayName, int entries, LintReport report) {}

    private final Options options;
    private final Path baseDirectory;
    private final Path configFile;
    private final ConfiguredRules rules;
    private final Linter linter;

    private final List<String> notices;

    private final List<Path> rulesetFiles;

    private ProjectSetup(Options options, Path configFile, ConfiguredRules rules, Linter linter,
            List<String> notices, List<Path> rulesetFiles) {
        this.notices = List.copyOf(notices);
        this.rulesetFiles = List.copyOf(rulesetFiles);
        this.options = options;
        this.baseDirectory = options.baseDirectory().toAbsolutePath().normalize();
        this.configFile = configFile;
        this.rules = rules;
        this.linter = linter;
    }

    /**
     * Loads the rules, reads the configuration file and checks every setting.
     *
     * @throws ConfigurationException for anything unusable: a rule that cannot be loaded, a configuration file
     *     that is missing where named or has problems (a {@link dev.goalpost.config.ConfigFileException} listing
     *     them all), an unknown default goal
     */
    public static ProjectSetup open(Options options) {
        RuleRegistry base = RuleRegistry.load(options.ruleLoader());
        RuleRegistry registry = base;
        Path configFile = findConfig(options);
        SpectralRulesets rulesets = SpectralRulesets.load(configFile, options.spectralRulesets(),
                file -> displayName(options.baseDirectory(), file));
        registry = rulesets.register(registry, null);
        LintConfiguration configuration;
        if (options.configResource() != null) {
            configuration = ConfigFile.read(options.configResource(), options.configResource().toString(),
                    options.configDirectory() != null ? options.configDirectory() : options.baseDirectory(), registry);
        } else {
            configuration = configFile == null ? LintConfiguration.defaults()
                    : ConfigFile.read(configFile, displayName(options.baseDirectory(), configFile), registry);
        }
        if (configFile != null && options.configDirectory() != null) {
            configuration = configuration.withConfigDirectory(options.configDirectory());
        }
        // Now that custom goals are known: a ruleset rule listed under one runs where that goal applies.
        registry = rulesets.register(base, configuration.goals());
        for (String off : rulesets.off()) {
            if (!configuration.rules().containsKey(off)) {
                configuration = configuration.withRule(off, dev.goalpost.engine.RuleSetting.off());
            }
        }
        if (!options.defaultGoals().isEmpty()) {
            configuration = configuration.withDefaultGoals(options.defaultGoals());
        }
        ConfiguredRules rules = new ConfiguredRules(registry, configuration);
        LoadOptions loadOptions = LoadOptions.defaults().withAllowedRemotePrefixes(options.allowRemoteRefs());
        try {
            loadOptions.remoteAllowList();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        Linter linter = new Linter(rules, loadOptions, options.baseDirectory(), options.clock())
                .withOptionNames(options.optionNames());
        return new ProjectSetup(options, configFile, rules, linter, rulesets.notices(), rulesets.files());
    }

    private static Path findConfig(Options options) {
        if (options.configResource() != null) {
            return null;
        }
        if (options.configFile() != null) {
            if (Files.exists(options.configFile()) && !Files.isRegularFile(options.configFile())) {
                throw new ConfigurationException("the configuration file " + options.configFile() + " is not a "
                        + "regular file (a folder, pipe, socket or device); name a " + ConfigFile.FILE_NAME);
            }
            if (!Files.isRegularFile(options.configFile())) {
                throw new ConfigurationException("the configuration file " + options.configFile()
                        + " does not exist; name an existing " + ConfigFile.FILE_NAME + ", or leave the option out to "
                        + "use the one in the project folder, if any");
            }
            return options.configFile().toAbsolutePath().normalize();
        }
        for (Path folder : options.configSearch()) {
            Path candidate = folder.resolve(ConfigFile.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * Refuses to write {@code output} when it is one of the files this run read (a spec, a file its references
     * reached, the configuration file, and, for a report, the baseline): `-o api.yaml api.yaml` must not destroy
     * the spec it lints.
     *
     * @param what how the message names the output ("the report", "the baseline")
     * @param baselineIsInput whether the baseline counts as an input (a report; not the baseline being written)
     * @throws ConfigurationException naming the input the output would replace
     */
    public void refuseOverwritingAnInput(Path output, String what, SpecDiscovery.Found found, LintReport report,
            boolean baselineIsInput) {
        List<Path> inputs = new ArrayList<>(found.all());
        if (report != null) {
            report.specs().forEach(spec -> spec.sources().forEach(source -> {
                if (source.path() != null) {
                    inputs.add(source.path());
                }
            }));
        }
        if (configFile != null) {
            inputs.add(configFile);
        }
        Path baseline = baselineIsInput ? baselineFile() : null;
        if (baseline != null) {
            inputs.add(baseline);
        }
        for (Path input : inputs) {
            if (sameFile(output, input)) {
                String kind = input.equals(configFile) ? "the configuration file"
                        : input.equals(baseline) ? "the baseline" : "a spec this run reads";
                throw new ConfigurationException("refusing to write " + what + " to " + output + ": it is " + kind
                        + "; name another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        Path left = a.toAbsolutePath().normalize();
        Path right = b.toAbsolutePath().normalize();
        if (left.equals(right)) {
            return true;
        }
        try {
            return Files.exists(left) && Files.exists(right) && Files.isSameFile(left, right);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the configured Spectral rulesets hold that Goalpost does not run (custom JavaScript functions,
     * spectral:oas rules without an equivalent), one line each with the ruleset's file, line and column.
     */
    public List<String> notices() {
        return notices;
    }

    /** Every Spectral ruleset file read (extended ones included), so incremental builds notice a change. */
    public List<Path> rulesetFiles() {
        return rulesetFiles;
    }

    /** The configuration file in use, or null when there is none (or the configuration is a resource). */
    public Path configFile() {
        return configFile;
    }

    /** How to name the configuration in use, for a log line; null when there is none. */
    public String configDescription() {
        if (options.configResource() != null) {
            return options.configResource().toString();
        }
        return configFile == null ? null : displayName(baseDirectory, configFile);
    }

    public ConfiguredRules rules() {
        return rules;
    }

    public Linter linter() {
        return linter;
    }

    /** The baseline a lint compares with: the one named, else the default file when it exists; null for none. */
    public Path baselineFile() {
        if (options.baselineFile() != null) {
            return options.baselineFile().toAbsolutePath().normalize();
        }
        Path candidate = baselineTarget();
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    /** Where {@link #writeBaseline} writes: the baseline named, else the default file. */
    public Path baselineTarget() {
        Path file = options.baselineFile() != null ? options.baselineFile()
                : options.baselineDirectory().resolve(Baseline.FILE_NAME);
        return file.toAbsolutePath().normalize();
    }

    /**
     * Lints and, when there is a baseline, compares with it: baseline findings are marked {@code unchanged} (they
     * do not fail the run), others {@code new}, and baseline entries no longer found are listed as fixed.
     *
     * @throws dev.goalpost.baseline.BaselineFileException when the named baseline is missing or any is corrupt
     */
    public LintReport lint(SpecDiscovery.Found found, int threads) {
        Path baselineFile = baselineFile();
        Baseline baseline = baselineFile == null ? null
                : Baseline.read(baselineFile, displayName(baseDirectory, baselineFile));
        LintReport report = (baseline == null ? linter : linter.fingerprinting()).lint(found, threads);
        return baseline == null ? report : baseline.compare(report, baseDirectory, baselineFile,
                displayName(baseDirectory, baselineFile));
    }

    /** Lints and writes every reported finding to the baseline file (replacing it). */
    public WrittenBaseline writeBaseline(SpecDiscovery.Found found, int threads) throws IOException {
        LintReport report = linter.fingerprinting().lint(found, threads);
        Path target = baselineTarget();
        refuseOverwritingAnInput(target, "the baseline", found, report, false);
        Baseline baseline = Baseline.of(report, baseDirectory, target);
        baseline.write(target);
        return new WrittenBaseline(target, displayName(baseDirectory, target), baseline.entries().size(), report);
    }

    /**
     * Rewrites the baseline a lint compared with, without the entries it found fixed; returns how many were
     * removed (0: the file is left as it is).
     */
    public int pruneBaseline(LintReport compared) throws IOException {
        Path file = baselineFile();
        if (file == null || compared.baseline() == null || compared.baseline().fixed().isEmpty()) {
            return 0;
        }
        Baseline baseline = Baseline.read(file, displayName(baseDirectory, file));
        List<FindingKey> fixed = Baseline.asEntries(compared.baseline().fixed(), baseDirectory, file);
        baseline.without(fixed).write(file);
        return fixed.size();
    }

    /** The rules, custom goals and overrides as configured, one line each ({@code goalpost rules}). */
    public List<String> describeRules() {
        return RuleListing.lines(rules, configDescription());
    }

    /**
     * The jars custom rules come from (not Goalpost's own), so incremental builds notice when one changes; only
     * jar files are listed.
     */
    public List<Path> ruleJars() {
        Set<Path> jars = new LinkedHashSet<>();
        Path own = codeSource(RuleRegistry.class);
        for (RuleDescriptor rule : rules.registry().rules()) {
            Path jar = rule.type() == null ? null : codeSource(rule.type());
            if (jar != null && !jar.equals(own) && Files.isRegularFile(jar)) {
                jars.add(jar);
            }
        }
        return new ArrayList<>(jars);
    }

    private static Path codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** How messages name a file: relative to the base directory when it is inside it. */
    public static String displayName(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
