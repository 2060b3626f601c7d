package com.bank.assistant.auth.users;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;

/**
 * Which scopes a user of each role may hold: customers chat, compliance officers read the
 * audit trail, personal data in the clear included, product teams write the intent
 * catalog, operators operate; {@code openid} is open to everyone.
 */
public final class UserScopes {

	/** Role of a bank customer. */
	public static final String CUSTOMER = "CUSTOMER";

	/** Role of a compliance officer. */
	public static final String COMPLIANCE = "COMPLIANCE";

	/** Role of a product team member, who edits the intent catalog. */
	public static final String PRODUCT = "PRODUCT";

	/** Role of an operator of the assistant. */
	public static final String OPERATIONS = "OPERATIONS";

	private static final Map<String, Set<String>> SCOPES_BY_ROLE = Map.of("ROLE_" + CUSTOMER, Set.of("chat"),
			"ROLE_" + COMPLIANCE, Set.of("audit.read", "audit.pii"), "ROLE_" + PRODUCT, Set.of("catalog.write"),
			"ROLE_" + OPERATIONS, Set.of("operations"));

	private UserScopes() {
	}

	/** The requested scopes this user may hold. */
	public static Set<String> allowed(Set<String> requested, Collection<? extends GrantedAuthority> authorities) {
		Set<String> mayHold = authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((role) -> SCOPES_BY_ROLE.getOrDefault(role, Set.of()).stream())
			.collect(Collectors.toSet());
		return requested.stream()
			.filter((scope) -> "openid".equals(scope) || mayHold.contains(scope))
			.collect(Collectors.toUnmodifiableSet());
	}

}
