package dk.aarshjul.tenancy.adapter.camunda;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First accounts created at start-up if configured ({@code aarshjul.bootstrap.*}), so a fresh installation
 * has an operator who can onboard municipalities. Existing accounts are left as they are.
 */
@ConfigurationProperties("aarshjul.bootstrap")
record BootstrapAccounts(
    String operatorId, String operatorPassword, String publisherId, String publisherPassword) {}
