package com.bank.assistant.k8s;

import java.util.List;
import java.util.Map;

/**
 * One YAML mapping, with paths into it: {@code doc.map("spec", "template")}. A missing
 * step reads as an empty mapping, list or null string, so that assertions say what is
 * missing.
 */
record Doc(Map<String, Object> content) {

	@SuppressWarnings("unchecked")
	static Doc of(Object mapping) {
		return new Doc((mapping instanceof Map) ? (Map<String, Object>) mapping : Map.of());
	}

	String name() {
		return string("metadata", "name");
	}

	Doc doc(String... path) {
		return of(at(path));
	}

	Map<String, Object> map(String... path) {
		return doc(path).content();
	}

	List<Doc> list(String... path) {
		Object value = at(path);
		return (value instanceof List<?> items) ? items.stream().map(Doc::of).toList() : List.of();
	}

	List<Object> scalars(String... path) {
		Object value = at(path);
		return (value instanceof List<?> items) ? items.stream().map(Object.class::cast).toList() : List.of();
	}

	String string(String... path) {
		Object value = at(path);
		return (value != null) ? value.toString() : null;
	}

	private Object at(String... path) {
		Object current = this.content;
		for (String step : path) {
			current = (current instanceof Map<?, ?> mapping) ? mapping.get(step) : null;
		}
		return current;
	}

}
