package org.prongsai.disclosure;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.prongsai.disclosure.Check.FormatChoice;
import org.prongsai.disclosure.Criteria.ElementCriteria;
import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.security.Role;

/**
 * Reads a criteria file strictly: every key is known, every value checked, and any problem stops
 * with the file and line, so a wrong file never half-loads. YAML is read as a node tree (not
 * bound to objects) because only the nodes know their line numbers.
 */
final class CriteriaFile {

	private static final Pattern ITEM_CODE = Pattern.compile("O([1-9]|[1-9][0-9])");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

	private final String source;

	private CriteriaFile(String source) {
		this.source = source;
	}

	/**
	 * Parses one file.
	 * @throws CriteriaFileException naming the line of the first problem
	 */
	static Criteria parse(String source, Reader reader) {
		return new CriteriaFile(source).read(reader);
	}

	private Criteria read(Reader reader) {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(options).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			throw new CriteriaFileException(source, ex.getProblemMark().getLine() + 1,
					"not valid YAML: " + ex.getProblem());
		}
		if (root == null) {
			throw new CriteriaFileException(source, 1, "the file is empty");
		}
		Map<String, Node> top = mapping(root, Set.of("fiscal-year", "items"), Set.of("fiscal-year", "items"));
		FiscalYear year = fiscalYear(top.get("fiscal-year"));
		List<ItemCriteria> items = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Node itemNode : sequence(top.get("items"))) {
			ItemCriteria item = item(itemNode);
			if (!codes.add(item.code())) {
				throw error(itemNode, "item " + item.code() + " appears twice");
			}
			items.add(item);
		}
		if (items.isEmpty()) {
			throw error(top.get("items"), "no items");
		}
		return new Criteria(year, source, items);
	}

	private FiscalYear fiscalYear(Node node) {
		String text = scalar(node);
		try {
			return FiscalYear.of(Integer.parseInt(text));
		}
		catch (IllegalArgumentException ex) {
			throw error(node, "fiscal-year must be a Buddhist Era year such as 2567, not \"" + text + "\"");
		}
	}

	private ItemCriteria item(Node node) {
		Map<String, Node> map = mapping(node, Set.of("code", "title", "elements", "maintained-by"),
				Set.of("code", "title", "elements"));
		String code = scalar(map.get("code"));
		if (!ITEM_CODE.matcher(code).matches()) {
			throw error(map.get("code"), "an item code is O followed by its number, such as O7; not \"" + code + "\"");
		}
		LocalizedText title = text(map.get("title"));
		List<ElementCriteria> elements = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node elementNode : sequence(map.get("elements"))) {
			ElementCriteria element = element(elementNode);
			if (!ids.add(element.id())) {
				throw error(elementNode, "element " + element.id() + " appears twice in " + code);
			}
			elements.add(element);
		}
		if (elements.isEmpty()) {
			throw error(map.get("elements"), "item " + code + " has no elements");
		}
		return new ItemCriteria(code, title, elements,
				map.containsKey("maintained-by") ? roles(map.get("maintained-by")) : Set.of());
	}

	private ElementCriteria element(Node node) {
		Map<String, Node> map = mapping(node, Set.of("id", "title", "check"), Set.of("id", "title", "check"));
		return new ElementCriteria(id(map.get("id")), text(map.get("title")), check(map.get("check")));
	}

	private Check check(Node node) {
		if (!(node instanceof MappingNode)) {
			throw error(node, "a check is a mapping with a kind");
		}
		Node kindNode = entries(node).get("kind");
		if (kindNode == null) {
			throw error(node, "a check needs a kind (one of " + String.join(", ", Check.KINDS) + ")");
		}
		String kind = scalar(kindNode);
		return switch (kind) {
			case "field" -> {
				Map<String, Node> m = mapping(node, Set.of("kind", "field"), Set.of("kind", "field"));
				yield new Check.FieldFilled(id(m.get("field")));
			}
			case "document" -> {
				Map<String, Node> m = mapping(node, Set.of("kind", "document", "formats", "also"),
						Set.of("kind", "document", "formats"));
				yield new Check.DocumentPresent(id(m.get("document")), formats(m.get("formats")), m.containsKey("also")
						? formats(m.get("also")).stream().flatMap(choice -> choice.anyOf().stream()).collect(Collectors.toSet())
						: Set.of());
			}
			case "monthly" -> {
				Set<String> keys = Set.of("kind", "document", "period", "formats");
				Map<String, Node> m = mapping(node, keys, keys);
				yield new Check.MonthlyDocuments(id(m.get("document")), period(m.get("period")), formats(m.get("formats")));
			}
			case "news" -> {
				Set<String> keys = Set.of("kind", "category", "minimum", "period");
				Map<String, Node> m = mapping(node, keys, keys);
				yield new Check.NewsCount(id(m.get("category")), positive(m.get("minimum")), period(m.get("period")));
			}
			case "bilingual" -> {
				Map<String, Node> m = mapping(node, Set.of("kind", "text", "sections"), Set.of("kind", "text"));
				yield new Check.BilingualText(id(m.get("text")), m.containsKey("sections") ? sections(m.get("sections")) : List.of());
			}
			case "link" -> {
				Map<String, Node> m = mapping(node, Set.of("kind", "link", "guide"), Set.of("kind", "link"));
				yield new Check.LinkResolves(id(m.get("link")), m.containsKey("guide") ? id(m.get("guide")) : null);
			}
			case "as-of" -> {
				Set<String> keys = Set.of("kind", "subject", "period");
				Map<String, Node> m = mapping(node, keys, keys);
				yield new Check.AsOf(id(m.get("subject")), period(m.get("period")));
			}
			default -> throw error(kindNode,
					"unknown check kind \"" + kind + "\" (known: " + String.join(", ", Check.KINDS) + ")");
		};
	}

	private Set<Role> roles(Node node) {
		Set<Role> roles = new LinkedHashSet<>();
		for (Node roleNode : sequence(node)) {
			String name = scalar(roleNode);
			roles.add(java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
				.orElseThrow(() -> error(roleNode, "unknown role \"" + name + "\" (known: "
						+ String.join(", ", names(Role.values(), Role::name)) + ")")));
		}
		return roles;
	}

	private List<Check.Section> sections(Node node) {
		List<Check.Section> sections = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node sectionNode : sequence(node)) {
			Map<String, Node> m = mapping(sectionNode, Set.of("id", "title"), Set.of("id", "title"));
			Check.Section section = new Check.Section(id(m.get("id")), text(m.get("title")));
			if (!ids.add(section.id())) {
				throw error(sectionNode, "section " + section.id() + " appears twice");
			}
			sections.add(section);
		}
		if (sections.isEmpty()) {
			throw error(node, "a list of sections needs at least one section");
		}
		return sections;
	}

	private List<FormatChoice> formats(Node node) {
		List<FormatChoice> choices = new ArrayList<>();
		for (Node choice : sequence(node)) {
			Set<DocumentFormat> anyOf = new LinkedHashSet<>();
			for (String name : scalar(choice).split("\\|")) {
				anyOf.add(DocumentFormat.named(name).orElseThrow(() -> error(choice, "unknown format \"" + name.strip()
						+ "\" (known: " + String.join(", ", names(DocumentFormat.values(), DocumentFormat::name)) + ")")));
			}
			choices.add(new FormatChoice(anyOf));
		}
		if (choices.isEmpty()) {
			throw error(node, "at least one format is needed");
		}
		return choices;
	}

	private CriteriaPeriod period(Node node) {
		String key = scalar(node);
		return CriteriaPeriod.named(key).orElseThrow(() -> error(node, "unknown period \"" + key + "\" (known: "
				+ String.join(", ", names(CriteriaPeriod.values(), CriteriaPeriod::key)) + ")"));
	}

	private int positive(Node node) {
		String text = scalar(node);
		try {
			int value = Integer.parseInt(text);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below with the line
		}
		throw error(node, "expected a whole number above zero, not \"" + text + "\"");
	}

	private LocalizedText text(Node node) {
		Map<String, Node> map = mapping(node, Set.of("th", "en"), Set.of("th", "en"));
		String th = scalar(map.get("th"));
		String en = scalar(map.get("en"));
		if (th.isBlank() || en.isBlank()) {
			throw error(node, "a title needs both th and en");
		}
		return new LocalizedText(th, en);
	}

	private String id(Node node) {
		String id = scalar(node);
		if (!ID.matcher(id).matches()) {
			throw error(node, "\"" + id + "\" is not a name: use lower-case letters, digits, '.' and '-'");
		}
		return id;
	}

	private Map<String, Node> mapping(Node node, Set<String> allowed, Set<String> required) {
		if (!(node instanceof MappingNode)) {
			throw error(node, "expected a mapping with " + String.join(", ", new java.util.TreeSet<>(required)));
		}
		Map<String, Node> entries = entries(node);
		for (NodeTuple tuple : ((MappingNode) node).getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!allowed.contains(key)) {
				throw error(tuple.getKeyNode(), "unknown key \"" + key + "\" (expected " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
			}
		}
		for (String key : required) {
			if (!entries.containsKey(key)) {
				throw error(node, "missing \"" + key + "\"");
			}
		}
		return entries;
	}

	private Map<String, Node> entries(Node node) {
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : ((MappingNode) node).getValue()) {
			entries.put(scalar(tuple.getKeyNode()), tuple.getValueNode());
		}
		return entries;
	}

	private List<Node> sequence(Node node) {
		if (!(node instanceof SequenceNode sequence)) {
			throw error(node, "expected a list");
		}
		return sequence.getValue();
	}

	private String scalar(Node node) {
		if (!(node instanceof ScalarNode scalar)) {
			throw error(node, "expected a single value");
		}
		return scalar.getValue().strip();
	}

	private CriteriaFileException error(Node node, String problem) {
		return new CriteriaFileException(source, node.getStartMark().getLine() + 1, problem);
	}

	private static <T> List<String> names(T[] values, Function<T, String> name) {
		return java.util.Arrays.stream(values).map(name).toList();
	}
}
