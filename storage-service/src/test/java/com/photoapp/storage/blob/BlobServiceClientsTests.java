package com.photoapp.storage.blob;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.identity.DefaultAzureCredential;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.common.policy.StorageSharedKeyCredentialPolicy;
import com.photoapp.storage.StorageProperties;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the choice between an account key and an Azure identity. Nothing here reaches Azure:
 * the clients are only built and their request pipelines inspected.
 */
class BlobServiceClientsTests {

	private static final String AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
			+ "AccountKey=a2V5LWZvci10ZXN0cy1vbmx5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

	private static final URI ENDPOINT = URI.create("https://photoappblobs.blob.core.windows.net");

	private static final BlobRetryProperties RETRY = new BlobRetryProperties(3, Duration.ofMillis(20),
			Duration.ofMillis(40), Duration.ofSeconds(5));

	private final AtomicInteger credentialRequests = new AtomicInteger();

	@Test
	void endpointWithoutConnectionStringSignsInWithTokenCredential() {
		BlobServiceClient client = BlobServiceClients.builder(properties(null, ENDPOINT), RETRY, this::credential)
			.buildClient();

		assertThat(client.getAccountUrl()).isEqualTo(ENDPOINT.toString());
		assertThat(policies(client.getHttpPipeline())).anyMatch(BearerTokenAuthenticationPolicy.class::isInstance)
			.noneMatch(StorageSharedKeyCredentialPolicy.class::isInstance);
		assertThat(this.credentialRequests).hasValue(1);
	}

	@Test
	void connectionStringSignsInWithAccountKeyAndNeverAsksForIdentity() {
		BlobServiceClient client = BlobServiceClients.builder(properties(AZURITE, null), RETRY, this::credential)
			.buildClient();

		assertThat(client.getAccountUrl()).isEqualTo("http://127.0.0.1:10000/devstoreaccount1");
		assertThat(policies(client.getHttpPipeline())).anyMatch(StorageSharedKeyCredentialPolicy.class::isInstance)
			.noneMatch(BearerTokenAuthenticationPolicy.class::isInstance);
		assertThat(this.credentialRequests).hasValue(0);
	}

	@Test
	void failingCallIsTriedAsOftenAsConfiguredThenGivesUp() throws IOException {
		AtomicInteger calls = new AtomicInteger();
		HttpServer unavailable = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		unavailable.createContext("/", (exchange) -> {
			calls.incrementAndGet();
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		unavailable.start();
		try {
			String account = AZURITE.replace("127.0.0.1:10000", "127.0.0.1:" + unavailable.getAddress().getPort());
			BlobServiceClient client = BlobServiceClients.builder(properties(account, null), RETRY, this::credential)
				.buildClient();

			long started = System.nanoTime();
			assertThatExceptionOfType(BlobStorageException.class)
				.isThrownBy(() -> client.getBlobContainerClient("photos").exists())
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));

			assertThat(calls).hasValue(3);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
		finally {
			unavailable.stop(0);
		}
	}

	@Test
	void refusesRetrySettingsThatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BlobRetryProperties(0, Duration.ofMillis(200),
				Duration.ofSeconds(2), Duration.ofMinutes(10)));
		assertThatIllegalArgumentException().isThrownBy(() -> new BlobRetryProperties(3, Duration.ofSeconds(3),
				Duration.ofSeconds(2), Duration.ofMinutes(10)));
	}

	@Test
	void defaultCredentialIsDefaultAzureCredential() {
		assertThat(BlobServiceClients.defaultAzureCredential()).isInstanceOf(DefaultAzureCredential.class);
	}

	@Test
	void refusesNeitherConnectionStringNorEndpoint() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(" ", null))
			.withMessageContaining("photoapp.storage.endpoint");
	}

	@Test
	void refusesBothConnectionStringAndEndpoint() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(AZURITE, ENDPOINT))
			.withMessageContaining("exactly one");
	}

	@Test
	void keepsTheConnectionStringOutOfToString() {
		assertThat(properties(AZURITE, null).toString()).doesNotContain("AccountKey");
	}

	private TokenCredential credential() {
		this.credentialRequests.incrementAndGet();
		return (request) -> Mono.just(new AccessToken("not-a-real-token", OffsetDateTime.now().plusHours(1)));
	}

	private static StorageProperties properties(String connectionString, URI endpoint) {
		return new StorageProperties(connectionString, endpoint, "photos", URI.create("http://localhost:8082"),
				DataSize.ofMegabytes(50), 50_000_000, 256, 1600);
	}

	private static List<HttpPipelinePolicy> policies(HttpPipeline pipeline) {
		List<HttpPipelinePolicy> policies = new ArrayList<>();
		for (int i = 0; i < pipeline.getPolicyCount(); i++) {
			policies.add(pipeline.getPolicy(i));
		}
		return policies;
	}

}
