package com.bank.assistant.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in OpenAPI document ({@code static/openapi.yaml}, served at
 * {@code /openapi.yaml}) against the code: every controller endpoint is in it with its
 * method, and every path in it is a controller endpoint, under a proxied route, or the
 * health probe.
 */
class OpenApiDocumentTest {

	private static final Map<String, Object> DOCUMENT = yaml("static/openapi.yaml");

	@Test
	void isOpenApi31() {
		assertThat(DOCUMENT.get("openapi")).asString().startsWith("3.1.");
	}

	@Test
	void everyControllerEndpointIsDocumented() throws ClassNotFoundException {
		assertThat(documentedEndpoints()).containsAll(controllerEndpoints());
	}

	@Test
	void everyDocumentedPathIsServed() throws ClassNotFoundException {
		Set<String> served = controllerEndpoints();
		List<PathPattern> routes = routePatterns();
		for (String endpoint : documentedEndpoints()) {
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "x"));
			assertThat(served.contains(endpoint) || routes.stream().anyMatch((route) -> route.matches(concrete))
					|| path.equals("/actuator/health"))
				.as(endpoint + " is neither a controller endpoint nor under a route")
				.isTrue();
		}
	}

	/** "METHOD /path" of every operation in the document. */
	@SuppressWarnings("unchecked")
	private static Set<String> documentedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		((Map<String, Map<String, Object>>) DOCUMENT.get("paths")).forEach((path, operations) -> operations.keySet()
			.stream()
			.filter((key) -> !key.equals("parameters"))
			.forEach((method) -> endpoints.add(method.toUpperCase() + " " + path)));
		return endpoints;
	}

	/** "METHOD /path" of every handler method of every controller of the gateway. */
	private static Set<String> controllerEndpoints() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Set<String> endpoints = new TreeSet<>();
		for (BeanDefinition controller : scanner.findCandidateComponents("com.bank.assistant.gateway")) {
			Class<?> type = Class.forName(controller.getBeanClassName());
			RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
			String prefix = (base != null && base.path().length > 0) ? base.path()[0] : "";
			ReflectionUtils.doWithMethods(type, (method) -> {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				List<String> paths = (mapping.path().length > 0) ? List.of(mapping.path()) : List.of("");
				for (String path : paths) {
					for (var verb : mapping.method()) {
						endpoints.add(verb.name() + " " + prefix + path);
					}
				}
			}, (method) -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class));
		}
		assertThat(endpoints).as("controllers found").isNotEmpty();
		return endpoints;
	}

	/** The path patterns of the gateway's proxied routes in application.yml. */
	@SuppressWarnings("unchecked")
	private static List<PathPattern> routePatterns() {
		Map<String, Object> node = yaml("application.yml");
		for (String key : List.of("spring", "cloud", "gateway", "server", "webflux")) {
			node = (Map<String, Object>) node.get(key);
		}
		List<PathPattern> patterns = new ArrayList<>();
		for (Map<String, Object> route : (List<Map<String, Object>>) node.get("routes")) {
			for (Object predicate : (List<Object>) route.get("predicates")) {
				String text = predicate.toString();
				if (text.startsWith("Path=")) {
					patterns.add(PathPatternParser.defaultInstance.parse(text.substring("Path=".length())));
				}
			}
		}
		assertThat(patterns).as("routes found").isNotEmpty();
		return patterns;
	}

	private static Map<String, Object> yaml(String resource) {
		try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(resource)) {
			return new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
