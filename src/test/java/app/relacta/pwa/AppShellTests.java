package app.relacta.pwa;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest, the service worker and the offline page: served without a login or a
 * session, with the types and caching a browser expects, and a worker that keeps static
 * files and the offline page only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppShellTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theManifestNamesTheAppItsIconsAndColoursAndStartsOnToday() {
		MvcTestResult result = this.mvc.get().uri("/manifest.webmanifest").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/manifest+json");
		assertThat(result.getResponse().getHeader("Set-Cookie")).as("no session for it").isNull();
		JsonNode manifest = JSON.readTree(result.getResponse().getContentAsByteArray());
		assertThat(manifest.get("name").asString()).isEqualTo("Relacta");
		assertThat(manifest.get("start_url").asString()).isEqualTo("/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("theme_color").asString()).isEqualTo("#7540bf");
		List<String> sizes = new ArrayList<>();
		for (JsonNode icon : manifest.get("icons")) {
			sizes.add(icon.get("sizes").asString() + " " + icon.get("purpose").asString());
			assertThat(this.mvc.get().uri(icon.get("src").asString())).as(icon.get("src").asString())
				.hasStatusOk()
				.hasContentType("image/png");
		}
		assertThat(sizes).contains("192x192 any", "512x512 any", "512x512 maskable");
	}

	@Test
	void theWorkerComesFromTheRootAndKeepsOnlyStaticFilesAndTheOfflinePage() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sw.js").exchange();
		assertThat(result).hasStatusOk().hasHeader("Service-Worker-Allowed", "/");
		assertThat(result.getResponse().getContentType()).startsWith("text/javascript");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		String script = result.getResponse().getContentAsString();
		String kept = script.substring(script.indexOf("const KEPT = [") + 14, script.indexOf("];"));
		for (String entry : kept.split(",")) {
			String path = entry.strip().replace("'", "");
			assertThat(path).as("kept by the worker").matches("/assets/.+|/webjars/.+|/offline");
			assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk();
		}
		assertThat(kept).contains("/offline", "/assets/css/relacta-");
	}

	@Test
	void theOfflinePageNeedsNoLoginAndHoldsNoData() {
		MvcTestResult result = this.mvc.get().uri("/offline").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("No connection just now", "Try again");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

}
