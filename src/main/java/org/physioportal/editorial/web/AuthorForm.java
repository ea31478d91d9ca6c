package org.physioportal.editorial.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.physioportal.authors.AuthorKind;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.NewAuthor;
import org.physioportal.shared.Lang;

/** An author profile: key (its address, fixed once created), kind, name, role and bio per language. */
public class AuthorForm {

    private String key;
    private AuthorKind kind = AuthorKind.PERSON;
    private String name;
    private String roleEn;
    private String bioEn;
    private String roleCs;
    private String bioCs;

    static AuthorForm of(AuthorView en, AuthorView cs) {
        var form = new AuthorForm();
        form.key = en.key();
        form.kind = en.kind();
        form.name = en.name();
        form.roleEn = en.role();
        form.bioEn = en.bio();
        form.roleCs = cs.role();
        form.bioCs = cs.bio();
        return form;
    }

    Map<String, String> errors() {
        Map<String, String> errors = new HashMap<>();
        if (key == null || !key.strip().matches(RecordForm.SLUG) || key.strip().length() > 80) {
            errors.put("key", key == null || key.isBlank() ? "editorial.error.required" : "editorial.error.slug");
        }
        required(errors, "name", name, 200);
        required(errors, "roleEn", roleEn, 200);
        required(errors, "roleCs", roleCs, 200);
        required(errors, "bioEn", bioEn, 4000);
        required(errors, "bioCs", bioCs, 4000);
        return errors;
    }

    NewAuthor toNewAuthor() {
        Map<Lang, NewAuthor.Text> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.EN, new NewAuthor.Text(roleEn.strip(), bioEn.strip()));
        texts.put(Lang.CS, new NewAuthor.Text(roleCs.strip(), bioCs.strip()));
        return new NewAuthor(key.strip(), kind, name.strip(), texts);
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "editorial.error.required");
        } else if (value.length() > max) {
            errors.put(field, "editorial.error.too-long");
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public AuthorKind getKind() {
        return kind;
    }

    public void setKind(AuthorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRoleEn() {
        return roleEn;
    }

    public void setRoleEn(String roleEn) {
        this.roleEn = roleEn;
    }

    public String getBioEn() {
        return bioEn;
    }

    public void setBioEn(String bioEn) {
        this.bioEn = bioEn;
    }

    public String getRoleCs() {
        return roleCs;
    }

    public void setRoleCs(String roleCs) {
        this.roleCs = roleCs;
    }

    public String getBioCs() {
        return bioCs;
    }

    public void setBioCs(String bioCs) {
        this.bioCs = bioCs;
    }
}
