/**
 * The gateway application: wiring and settings; capabilities live in the sub-packages.
 */
package com.bank.assistant.gateway;
