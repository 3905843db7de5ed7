package dev.goalpost.project;

import dev.goalpost.baseline.Baseline;
import dev.goalpost.config.ConfigFile;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
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
     * What a shell asks for.
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
     */
    public record Options(Path baseDirectory, Path configFile, List<Path> configSearch, List<String> defaultGoals,
            List<String> allowRemoteRefs, ClassLoader ruleLoader, Path baselineFile, Path baselineDirectory,
            Clock clock, List<Path> spectralRulesets) {
        public Options {
            configSearch = List.copyOf(configSearch);
            defaultGoals = List.copyOf(defaultGoals);
            allowRemoteRefs = List.copyOf(allowRemoteRefs);
            spectralRulesets = List.copyOf(spectralRulesets);
        }

        public Options(Path baseDirectory, Path configFile, List<Path> configSearch, List<String> defaultGoals,
                List<String> allowRemoteRefs, ClassLoader ruleLoader, Path baselineFile, Path baselineDirectory,
                Clock clock) {
            this(baseDirectory, configFile, configSearch, defaultGoals, allowRemoteRefs, ruleLoader, baselineFile,
                    baselineDirectory, clock, List.of());
        }

        /** These options plus Spectral rulesets named by the shell ({@code --spectral-ruleset}). */
        public Options withSpectralRulesets(List<Path> rulesets) {
            return new Options(baseDirectory, configFile, configSearch, defaultGoals, allowRemoteRefs, ruleLoader,
                    baselineFile, baselineDirectory, clock, rulesets);
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
        LintConfiguration configuration = configFile == null ? LintConfiguration.defaults()
                : ConfigFile.read(configFile, displayName(options.baseDirectory(), configFile), registry);
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
        Linter linter = new Linter(rules, LoadOptions.defaults().withAllowedRemotePrefixes(options.allowRemoteRefs()),
                options.baseDirectory(), options.clock());
        return new ProjectSetup(options, configFile, rules, linter, rulesets.notices(), rulesets.files());
    }

    private static Path findConfig(Options options) {
        if (options.configFile() != null) {
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

    /** The configuration file in use, or null when there is none. */
    public Path configFile() {
        return configFile;
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
        return RuleListing.lines(rules, configFile == null ? null : displayName(baseDirectory, configFile));
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
