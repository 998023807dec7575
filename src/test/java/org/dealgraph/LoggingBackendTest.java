package org.dealgraph;

import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The logging backend belongs to the application: a program that embeds the library gets no
 * slf4j provider and no logging configuration from it, so its own choice (or none) stands.
 */
class LoggingBackendTest {
    /** Dependencies the library's consumers do not get: optional, test or provided. */
    private static Set<String> notInheritedArtifacts() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(TestPipeline.home().resolve("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        Set<String> out = new HashSet<>();
        NodeList deps = ((Element) project.getElementsByTagName("dependencies").item(0)).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String optional = text(d, "optional");
            String scope = text(d, "scope");
            if (optional.equals("true") || scope.equals("test") || scope.equals("provided")) {
                out.add(text(d, "artifactId"));
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    @Test
    void everySlf4jProviderOnTheClasspathIsOneTheLibraryDoesNotPassOn() throws Exception {
        Set<String> notInherited = notInheritedArtifacts();
        List<String> inherited = new ArrayList<>();
        for (SLF4JServiceProvider p : ServiceLoader.load(SLF4JServiceProvider.class)) {
            String jar = Path.of(p.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
            if (notInherited.stream().noneMatch(a -> jar.startsWith(a + "-"))) {
                inherited.add(p.getClass().getName() + " from " + jar);
            }
        }
        assertEquals(List.of(), inherited, "slf4j providers a library consumer would inherit");
    }

    @Test
    void theLibraryJarCarriesNoLoggingConfiguration() {
        for (String config : List.of("simplelogger.properties", "logback.xml", "log4j2.xml", "logging.properties")) {
            assertFalse(Files.exists(TestPipeline.home().resolve("src/main/resources").resolve(config)), config);
        }
    }
}
