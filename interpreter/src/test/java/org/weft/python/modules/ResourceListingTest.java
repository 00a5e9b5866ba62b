package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResourceListing finds the modules shipped in the interpreter's library")
class ResourceListingTest {

    @Test
    @DisplayName("a package folder lists its modules, not __init__")
    void packageFolder() {
        List<ResourceListing.Entry> json = ResourceListing.modules("/org/weft/python/lib/json");
        assertTrue(json.contains(new ResourceListing.Entry("decoder", false)), json.toString());
        assertTrue(json.stream().noneMatch(e -> e.name().equals("__init__")));
    }

    @Test
    @DisplayName("the library root lists packages as packages")
    void root() {
        List<ResourceListing.Entry> top = ResourceListing.modules("/org/weft/python/lib/");
        assertTrue(top.contains(new ResourceListing.Entry("json", true)));
        assertTrue(top.contains(new ResourceListing.Entry("ast", false)));
    }

    @Test
    @DisplayName("a folder that does not exist lists nothing")
    void missing() {
        assertEquals(List.of(), ResourceListing.modules("/org/weft/python/lib/no_such_folder"));
    }
}
