package dev.goalpost.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goalpost.api.Rule;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.RuleOption;
import dev.goalpost.api.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every rule Goalpost knows: the built-in ones and any custom ones on the class path, found through
 * {@link ServiceLoader}. Creates configured rule instances.
 */
public final class RuleRegistry {

    private static final String SERVICE_FILE = "META-INF/services/" + Rule.class.getName();
    private static final String OLD_RULE_INTERFACE = "dev.goalpost.engine.Rule";
    private static final String OLD_SERVICE_FILE = "META-INF/services/" + OLD_RULE_INTERFACE;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*/[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, RuleDescriptor> rules;
    /** Rules that are data rather than classes (Spectral rulesets): one ready instance each, by id. */
    private final Map<String, Rule> instances;

    /** The indexes the rules were described from, which create them without reflection. */
    private final List<RuleIndex> indexes;

    private RuleRegistry(Map<String, RuleDescriptor> rules) {
        this(rules, Map.of(), List.of());
    }

    private RuleRegistry(Map<String, RuleDescriptor> rules, Map<String, Rule> instances, List<RuleIndex> indexes) {
        this.rules = Collections.unmodifiableMap(rules);
        this.instances = Map.copyOf(instances);
        this.indexes = List.copyOf(indexes);
    }

    /**
     * This registry plus rules given as instances (the rules of Spectral rulesets): each descriptor's id must be
     * new, and {@link #create} returns the instance (such rules take no options).
     */
    public RuleRegistry withInstances(Map<RuleDescriptor, Rule> added) {
        Map<String, RuleDescriptor> all = new TreeMap<>(rules);
        Map<String, Rule> instances = new java.util.HashMap<>(this.instances);
        for (Map.Entry<RuleDescriptor, Rule> entry : added.entrySet()) {
            if (all.put(entry.getKey().id(), entry.getKey()) != null) {
                throw new ConfigurationException("two rules share the id " + entry.getKey().id());
            }
            instances.put(entry.getKey().id(), entry.getValue());
        }
        return new RuleRegistry(all, instances, indexes);
    }

    /** The rules on the class path of this library. */
    public static RuleRegistry builtIn() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** The rules visible to {@code loader}: the built-in ones and any custom rule jars on it. */
    public static RuleRegistry load(ClassLoader loader) {
        List<URL> serviceFiles = serviceFiles(loader);
        refuseOldApi(loader, serviceFiles);
        List<RuleIndex> indexes = indexes(loader);
        Set<String> indexed = new HashSet<>();
        indexes.forEach(index -> indexed.addAll(index.classNames()));
        Set<String> listed = listedRules(serviceFiles);
        if (!indexes.isEmpty() && listed != null && indexed.containsAll(listed)) {
            Map<String, RuleDescriptor> rules = new TreeMap<>();
            for (RuleIndex index : indexes) {
                for (RuleDescriptor rule : index.descriptors()) {
                    rules.put(rule.id(), rule);
                }
            }
            return new RuleRegistry(rules, Map.of(), indexes);
        }
        return loadByReflection(loader);
    }

    /** Every {@code META-INF/services/dev.goalpost.api.Rule} on the class path. */
    private static List<URL> serviceFiles(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(SERVICE_FILE));
        } catch (IOException e) {
            throw new ConfigurationException("the custom rules cannot be listed: " + e.getMessage());
        }
    }

    private static List<RuleIndex> indexes(ClassLoader loader) {
        try {
            List<RuleIndex> indexes = new ArrayList<>();
            ServiceLoader.load(RuleIndex.class, loader).forEach(indexes::add);
            return indexes;
        } catch (ServiceConfigurationError | LinkageError e) {
            return List.of(); // reading the annotations reports what is wrong with the rules
        }
    }

    /** The rule classes the service files name, or null when one cannot be read (ServiceLoader will say why). */
    private static Set<String> listedRules(List<URL> serviceFiles) {
        Set<String> names = new HashSet<>();
        for (URL file : serviceFiles) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int comment = line.indexOf('#');
                    String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return names;
    }

    /** The rules visible to {@code loader}, each described from its annotations. */
    static RuleRegistry loadByReflection(ClassLoader loader) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        try {
            for (ServiceLoader.Provider<Rule> provider : ServiceLoader.load(Rule.class, loader).stream().toList()) {
                RuleDescriptor descriptor = describe(provider.type());
                RuleDescriptor clash = rules.put(descriptor.id(), descriptor);
                if (clash != null && clash.type() != descriptor.type()) {
                    throw new ConfigurationException("two rules share the id " + descriptor.id() + ": "
                            + clash.type().getName() + " and " + descriptor.type().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException("a rule could not be loaded: " + e.getMessage());
        } catch (LinkageError e) {
            // A rule jar built for a newer Java, or against classes that are not on the class path.
            throw new ConfigurationException("a rule could not be loaded: " + e);
        }
        return new RuleRegistry(rules);
    }

    /** A jar of rules built for Goalpost 0.1 would be silently ignored; say what to change instead. */
    private static void refuseOldApi(ClassLoader loader, List<URL> serviceFiles) {
        Set<String> current = new HashSet<>();
        serviceFiles.forEach(url -> current.add(url.toString().replace(Rule.class.getName(), "")));
        try {
            Enumeration<URL> old = loader.getResources(OLD_SERVICE_FILE);
            while (old.hasMoreElements()) {
                URL url = old.nextElement();
                if (current.contains(url.toString().replace(OLD_RULE_INTERFACE, ""))) {
                    continue; // a stale file beside the current one, left by an earlier build of the same project
                }
                throw new ConfigurationException("the custom rules at " + url + " were built for Goalpost "
                        + "0.1; rebuild them against the rule API in dev.goalpost.api (imports from dev.goalpost.api and "
                        + "dev.goalpost.api.model, service file META-INF/services/dev.goalpost.api.Rule; see "
                        + "docs/writing-rules.md)");
            }
        } catch (IOException e) {
            throw new ConfigurationException("the custom rules cannot be listed: " + e.getMessage());
        }
    }

    /** A registry of exactly these rule classes (for tests and embedding). */
    public static RuleRegistry of(List<Class<? extends Rule>> types) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        for (Class<? extends Rule> type : types) {
            RuleDescriptor descriptor = describe(type);
            rules.put(descriptor.id(), descriptor);
        }
        return new RuleRegistry(rules);
    }

    /** Every rule, ordered by id. */
    public List<RuleDescriptor> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule with that id, or null. */
    public RuleDescriptor get(String id) {
        return rules.get(id);
    }

    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }

    /** Reads a rule class's metadata and options; refuses classes that lack what every rule must have. */
    public static RuleDescriptor describe(Class<? extends Rule> type) {
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new ConfigurationException("the rule " + type.getName() + " has no @RuleInfo annotation");
        }
        if (!ID.matcher(info.id()).matches()) {
            throw new ConfigurationException("the rule " + type.getName() + " has the id `" + info.id()
                    + "`; ids are <goal>/<kebab-name>, such as reach/list-paginated");
        }
        String goal = info.id().substring(0, info.id().indexOf('/'));
        String help = info.helpUri().isEmpty() ? RuleDescriptor.DOCS_BASE + info.id() + ".md" : info.helpUri();
        RuleKind kind = RuleKind.of(type);
        Vocabulary vocabulary = type.getAnnotation(Vocabulary.class);
        if (vocabulary != null && kind != RuleKind.OPERATION && kind != RuleKind.RESPONSE) {
            throw new ConfigurationException("the rule " + type.getName() + " has @Vocabulary but is a " + kind.label()
                    + " rule; @Vocabulary sums up operations, so only an OperationRule or a ResponseRule may carry it");
        }
        if (vocabulary != null && vocabulary.members().length == 0 && vocabulary.headers().length == 0
                && vocabulary.responses().length == 0 && vocabulary.responseHeaders().length == 0) {
            throw new ConfigurationException("the rule " + type.getName() + " has @Vocabulary naming no member, header "
                    + "or response; name what counts as using it, such as `members = \"x-pricing\"`");
        }
        Rule defaults = instantiate(type);
        List<OptionDescriptor> options = new ArrayList<>();
        for (Field field : optionFields(type)) {
            RuleOption option = field.getAnnotation(RuleOption.class);
            options.add(new OptionDescriptor(field.getName(), typeName(field), read(field, defaults),
                    option.description()));
        }
        return new RuleDescriptor(info.id(), goal, info.severity(), info.summary(), help, kind,
                List.copyOf(options), type, vocabulary);
    }

    /**
     * A rule instance with the given option values (absent options keep their defaults).
     *
     * @throws ConfigurationException naming the option, the rule and what is expected
     */
    public Rule create(RuleDescriptor descriptor, Map<String, JsonNode> options) {
        Rule instance = instances.get(descriptor.id());
        if (instance != null) {
            if (!options.isEmpty()) {
                throw new ConfigurationException(descriptor.id() + " takes no options");
            }
            return instance;
        }
        Rule rule = createIndexed(descriptor.type());
        for (Map.Entry<String, JsonNode> option : options.entrySet()) {
            String problem = checkOption(descriptor, option.getKey(), option.getValue());
            if (problem != null) {
                throw new ConfigurationException(problem);
            }
            Field field = optionField(descriptor.type(), option.getKey());
            try {
                field.set(rule, convert(field, option.getValue()));
            } catch (IllegalAccessException e) {
                throw new ConfigurationException("cannot set option " + option.getKey() + " of " + descriptor.id()
                        + ": " + e.getMessage());
            }
        }
        return rule;
    }

    /** Why {@code value} cannot be option {@code name} of the rule, or null when it can. */
    public String checkOption(RuleDescriptor descriptor, String name, JsonNode value) {
        OptionDescriptor option = descriptor.option(name);
        if (option == null && instances.containsKey(descriptor.id())) {
            return descriptor.id() + " has no option `" + name + "`; it takes no options";
        }
        if (option == null) {
            List<String> names = descriptor.options().stream().map(OptionDescriptor::name).toList();
            return descriptor.id() + " has no option `" + name + "`"
                    + dev.goalpost.text.DidYouMean.hint(name, names)
                    + (names.isEmpty() ? "; it takes no options" : "; its options are " + String.join(", ", names));
        }
        Field field = optionField(descriptor.type(), name);
        try {
            convert(field, value);
            return null;
        } catch (IllegalArgumentException e) {
            return "option `" + name + "` of " + descriptor.id() + " expects " + option.type() + ", not " + value;
        }
    }

    private static List<Field> optionFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(RuleOption.class) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Field optionField(Class<?> type, String name) {
        for (Field field : optionFields(type)) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        throw new IllegalStateException("no option " + name + " on " + type.getName());
    }

    /** A new instance from the index that describes {@code type}, else by reflection. */
    private Rule createIndexed(Class<? extends Rule> type) {
        for (RuleIndex index : indexes) {
            Rule rule = index.create(type);
            if (rule != null) {
                return rule;
            }
        }
        return instantiate(type);
    }

    private static Rule instantiate(Class<? extends Rule> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ConfigurationException("the rule " + type.getName() + " needs a public no-argument constructor");
        }
    }

    private static JsonNode read(Field field, Rule instance) {
        try {
            Object value = field.get(instance);
            if (value instanceof Enum<?> e) {
                return JsonNodeFactory.instance.textNode(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return toJson(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An option's default as JSON, for the types options may have. Written out rather than through Jackson's
     * ObjectMapper, whose start-up would cost every command-line run a noticeable share of its time.
     */
    private static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        return nodes.textNode(String.valueOf(value));
    }

    private static String typeName(Field field) {
        Class<?> type = field.getType();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list of strings";
        }
        throw new ConfigurationException("option " + field.getName() + " of " + field.getDeclaringClass().getName()
                + " has the unsupported type " + type.getName());
    }

    /** Converts a JSON value to the field's type; IllegalArgumentException when it does not fit. */
    private static Object convert(Field field, JsonNode value) {
        Class<?> type = field.getType();
        if (type == int.class || type == Integer.class) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new IllegalArgumentException();
            }
            return value.intValue();
        }
        if (type == long.class || type == Long.class) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new IllegalArgumentException();
            }
            return value.longValue();
        }
        if (type == double.class || type == Double.class) {
            if (!value.isNumber()) {
                throw new IllegalArgumentException();
            }
            return value.doubleValue();
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!value.isBoolean()) {
                throw new IllegalArgumentException();
            }
            return value.booleanValue();
        }
        if (type == String.class) {
            if (!value.isTextual()) {
                throw new IllegalArgumentException();
            }
            return value.textValue();
        }
        if (type.isEnum()) {
            if (value.isTextual()) {
                for (Object constant : type.getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.equalsIgnoreCase(value.textValue().replace('-', '_'))) {
                        return constant;
                    }
                }
            }
            throw new IllegalArgumentException();
        }
        if (List.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType) {
            if (!(value instanceof ArrayNode array)) {
                throw new IllegalArgumentException();
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : array) {
                if (!item.isTextual()) {
                    throw new IllegalArgumentException();
                }
                items.add(item.textValue());
            }
            return List.copyOf(items);
        }
        throw new IllegalArgumentException();
    }
}
