package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A known product's model or edition is part of its name: "iPhone 7 Plus", "Windows 10 S", "Xbox One X". */
class ProductModelsTest {
    private static Set<String> products(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.PRODUCT).map(e -> e.name()).collect(Collectors.toSet());
    }

    @Test
    void aKnownProductsModelIsPartOfItsNameAndTakesItsOwner() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Apple rilis iPhone 7 Plus", "Apple merilis iPhone 7 Plus dan "
                + "iPhone 7 di Jakarta. Microsoft merilis Windows 10 S dan Xbox One X.", "", Optional.empty(), "id"));
        assertTrue(products(x).containsAll(Set.of("iPhone 7 Plus", "iPhone 7", "Windows 10 S", "Xbox One X")), products(x).toString());
        // a model at the sentence's end, before its period (a fresh-user tester's finding)
        Extraction end = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Kemudian Apple merilis iPhone 8. Microsoft merilis "
                + "Windows 10, lalu Xbox One X.", "", Optional.empty(), "id"));
        assertTrue(products(end).containsAll(Set.of("iPhone 8", "Windows 10", "Xbox One X")), products(end).toString());
        // one model is no short form of another
        assertTrue(x.entities().stream().filter(e -> e.name().equals("iPhone 7")).allMatch(e -> e.mentions().size() == 1),
                x.entities().toString());
        Set<String> owned = x.relations().stream().filter(r -> r.type() == RelationType.OWNED_BY)
                .map(r -> r.subject() + " " + r.object()).collect(Collectors.toSet());
        assertTrue(owned.containsAll(Set.of("iphone-7-plus apple", "iphone-7 apple", "windows-10-s microsoft", "xbox-one-x microsoft")),
                owned.toString());
    }

    @Test
    void anAmountAfterAKnownProductIsNoModelButAYearIs() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Penjualan", "Penjualan iPhone 15 juta unit tahun lalu, "
                + "dan pangsa iPhone 5 % di pasar. Windows 2000 masih dipakai.", "", Optional.empty(), "id"));
        assertFalse(products(x).stream().anyMatch(n -> n.matches("iPhone \\d+")), products(x).toString());
        // the train split's annotators wrote "Windows 2000", "iPad Pro 2024" whole
        assertTrue(products(x).containsAll(Set.of("iPhone", "Windows 2000")), products(x).toString());
    }

    @Test
    void aKnownProductsLineIsPartOfItsName() {
        // "Instagram Stories", "Xbox Live", "Android 8.0 Oreo" (the train split's annotators wrote them whole), at a
        // sentence's end too; no weekday, month or function word is a line's ("YouTube For" of a title-case headline)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Google Buys YouTube For $1.65bn", "Facebook menambah "
                + "fitur Instagram Stories pada Senin. Microsoft memperluas Xbox Live. Ponsel itu memakai Android 8.0 Oreo. "
                + "Video itu diunggah di YouTube Senin lalu.", "", Optional.empty(), "id"));
        assertTrue(products(x).containsAll(Set.of("Instagram Stories", "Xbox Live", "Android 8.0 Oreo", "YouTube")), products(x).toString());
        assertFalse(products(x).stream().anyMatch(n -> n.startsWith("YouTube ")), products(x).toString());
        // a name found after the product is no line's ("Instagram Mark Zuckerberg")
        Extraction person = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Pendiri Facebook Mark Zuckerberg memuji "
                + "Instagram Mark Zuckerberg.", "", Optional.empty(), "id"));
        assertFalse(products(person).stream().anyMatch(n -> n.contains("Mark")), products(person).toString());
    }

    @Test
    void aShareACountOrADayAfterAKnownProductIsNoModel() {
        // a fresh-user tester's findings: "iPhone 20 percent", "iPhone X 12 September"
        Extraction en = TestPipeline.rulesOnly().extract(new Article("t", "Sales", "Sales of the iPhone 20 percent higher lifted Apple. "
                + "Apple sold the iPhone 3 times more. Apple released the iPhone X 12 September in Cupertino.", "", Optional.empty(), "en"));
        assertFalse(products(en).stream().anyMatch(n -> n.matches("iPhone (X )?\\d+")), products(en).toString());
        Extraction size = TestPipeline.rulesOnly().extract(new Article("t", "Sales", "Apple sold the iPhone 7 Plus 128GB model.", "",
                Optional.empty(), "en"));
        assertTrue(products(size).contains("iPhone 7 Plus"), products(size).toString());
        assertTrue(products(en).containsAll(Set.of("iPhone", "iPhone X")), products(en).toString());
        Extraction id = TestPipeline.rulesOnly().extract(new Article("t", "Penjualan", "Penjualan iPhone 20 persen lebih tinggi. "
                + "Penjualan iPhone 3 kali lipat.", "", Optional.empty(), "id"));
        assertFalse(products(id).stream().anyMatch(n -> n.matches("iPhone \\d+")), products(id).toString());
    }

    @Test
    void aModelWordThatOpensTheNextNameIsNoModel() {
        // a fresh-user tester's finding: "Windows 10 One Drive" read "Windows 10 One"
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Microsoft", "Microsoft bundles Windows 10 One Drive with "
                + "the laptop.", "", Optional.empty(), "en"));
        // the model word opens the next name, or the whole is one product's line; never cut inside that name
        assertFalse(products(x).contains("Windows 10 One"), products(x).toString());
        assertTrue(products(x).contains("Windows 10") || products(x).contains("Windows 10 One Drive"), products(x).toString());
    }
}
