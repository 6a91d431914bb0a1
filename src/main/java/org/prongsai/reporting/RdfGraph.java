package org.prongsai.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small RDF graph, written as Turtle and as expanded JSON-LD: enough for a DCAT catalogue
 * without a triple store on the classpath. Every node is named by an IRI; literals carry a
 * language or a datatype.
 */
final class RdfGraph {

	static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

	static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	/** Subject to predicate to objects, in the order they were added. */
	private final Map<String, Map<String, List<Term>>> nodes = new LinkedHashMap<>();

	RdfGraph type(String subject, String type) {
		return add(subject, RDF_TYPE, new Term(type, null, null));
	}

	RdfGraph iri(String subject, String predicate, String object) {
		return add(subject, predicate, new Term(object, null, null));
	}

	/** A text in a language ({@code th}, {@code en}). */
	RdfGraph text(String subject, String predicate, String value, String language) {
		return add(subject, predicate, new Term(value, language, null));
	}

	/** A typed literal, for example an {@code xsd:date}; a plain string without a type. */
	RdfGraph literal(String subject, String predicate, String value, @Nullable String datatype) {
		return add(subject, predicate, new Term(value, null, datatype == null ? XSD + "string" : datatype));
	}

	private RdfGraph add(String subject, String predicate, Term object) {
		List<Term> objects = nodes.computeIfAbsent(subject, s -> new LinkedHashMap<>())
			.computeIfAbsent(predicate, p -> new ArrayList<>());
		if (!objects.contains(object)) {
			objects.add(object);
		}
		return this;
	}

	String turtle() {
		StringBuilder out = new StringBuilder();
		nodes.forEach((subject, predicates) -> {
			out.append('<').append(iri(subject)).append('>');
			List<String> lines = new ArrayList<>();
			predicates.forEach((predicate, objects) -> objects.forEach(object -> lines.add("    " + ("<" + iri(predicate) + ">")
					+ " " + turtle(object))));
			out.append('\n').append(String.join(" ;\n", lines)).append(" .\n\n");
		});
		return out.toString();
	}

	/** Expanded JSON-LD: every node an object with its {@code @id}, every value an object. */
	List<Map<String, Object>> jsonLd() {
		List<Map<String, Object>> graph = new ArrayList<>();
		nodes.forEach((subject, predicates) -> {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("@id", subject);
			predicates.forEach((predicate, objects) -> {
				if (RDF_TYPE.equals(predicate)) {
					node.put("@type", objects.stream().map(Term::value).toList());
					return;
				}
				node.put(predicate, objects.stream().map(RdfGraph::jsonLd).toList());
			});
			graph.add(node);
		});
		return graph;
	}

	private static Map<String, Object> jsonLd(Term term) {
		Map<String, Object> value = new LinkedHashMap<>();
		if (term.isIri()) {
			value.put("@id", term.value());
			return value;
		}
		value.put("@value", term.value());
		if (term.language() != null) {
			value.put("@language", term.language());
		}
		else if (term.datatype() != null && !(XSD + "string").equals(term.datatype())) {
			value.put("@type", term.datatype());
		}
		return value;
	}

	private static String turtle(Term term) {
		if (term.isIri()) {
			return "<" + iri(term.value()) + ">";
		}
		String quoted = "\"" + term.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
			.replace("\r", "\\r") + "\"";
		if (term.language() != null) {
			return quoted + "@" + term.language();
		}
		return term.datatype() == null || (XSD + "string").equals(term.datatype()) ? quoted : quoted + "^^<" + term.datatype() + ">";
	}

	/** An IRI as Turtle writes it between angle brackets: characters it can't hold are escaped. */
	private static String iri(String iri) {
		StringBuilder out = new StringBuilder();
		iri.codePoints().forEach(c -> {
			if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
				out.append(String.format("\\u%04X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** A node's IRI, or a literal with its language or datatype. */
	private record Term(String value, @Nullable String language, @Nullable String datatype) {

		boolean isIri() {
			return language == null && datatype == null;
		}
	}
}
