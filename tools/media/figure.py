"""Drawing kit for the Physio Portal exercise illustrations and demo videos.

Python 3 standard library only. Produces plain SVG text in one flat style:
light background, floor line, a figure of rounded strokes (teal clothing,
skin-neutral head and hands), equipment and orange movement arrows.

Side-view figures are posed with absolute segment angles in degrees
(SVG convention: 0 = right, 90 = down, -90 = up). The canonical figure
faces right; use mirror=True to face left.
"""
import math

# --- palette -----------------------------------------------------------------
BG = "#f4f8f7"
FLOOR_FILL = "#e6efed"
FLOOR_LINE = "#a9c4be"
BODY = "#1f6f6b"        # near-side limbs and torso
BODY_FAR = "#5f9e99"    # far-side limbs (lighter for depth)
SHOE = "#17504d"
SHOE_FAR = "#4d8782"
SKIN = "#f0c9a8"
SKIN_FAR = "#e2b48f"
SKIN_LINE = "#d9a47c"
HAIR = "#3d3a35"
EYE = "#3d3a35"
MAT = "#c9e4de"
MAT_EDGE = "#a6cec5"
BALL = "#e07a5f"
BALL_SHADE = "#c9634a"
BALL_LIGHT = "#f0a08a"
BOSU_BASE = "#3d405b"
ARROW = "#f2a541"
FURNITURE = "#b9a88f"
FURNITURE_DARK = "#978670"
SCREEN = "#5c6b73"
GHOST_OPACITY = 0.22

FLOOR_Y = 500
MAT_TOP = 486

# --- body proportions (px in the 800 x 600 drawing) ----------------------------
LEN = dict(
    lo=65,      # pelvis (hip joint) -> mid spine
    hi=70,      # mid spine -> shoulder joint
    neck=50,    # shoulder joint -> head centre
    head=28,    # head radius
    ua=82,      # upper arm
    fa=72,      # forearm (to wrist)
    hand=10,    # hand radius
    thigh=120,
    shin=115,
    foot=36,
)
W_TORSO = 46
W_THIGH = 26
W_SHIN = 22
W_ARM = 20
W_FOOT = 17
OUTLINE = 3.5


def f(v):
    """Compact number formatting for SVG output."""
    s = "%.1f" % v
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def pt(p):
    return f(p[0]) + "," + f(p[1])


def d(a):
    r = math.radians(a)
    return (math.cos(r), math.sin(r))


def add(p, a, length):
    u = d(a)
    return (p[0] + u[0] * length, p[1] + u[1] * length)


def lerp(a, b, t):
    return a + (b - a) * t


def lerp_angle(a, b, t):
    diff = (b - a + 180) % 360 - 180
    return a + diff * t


def ease(t):
    """Smooth in-out easing on [0, 1]."""
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def ik(a, b, l1, l2, bend):
    """Two-bone IK: joint position between a and b. bend=+1/-1 picks the side.
    Returns (angle a->joint, angle joint->b)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy)
    dist = max(min(dist, l1 + l2 - 0.01), abs(l1 - l2) + 0.01)
    base = math.degrees(math.atan2(dy, dx))
    cos_a = (l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist)
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    a1 = base + bend * alpha
    j = add(a, a1, l1)
    a2 = math.degrees(math.atan2(b[1] - j[1], b[0] - j[0]))
    return a1, a2


# --- side-view figure ----------------------------------------------------------
POSE_KEYS = ["lo", "hi", "head", "n_thigh", "n_shin", "n_foot", "f_thigh", "f_shin",
             "f_foot", "n_ua", "n_fa", "f_ua", "f_fa"]


def joints(p):
    """Forward kinematics. p: dict with hip=(x,y) and the angles in POSE_KEYS,
    optional 'scale' = {segment_name: factor} for foreshortened segments."""
    sc = p.get("scale", {})

    def ln(name, base):
        return LEN[base] * sc.get(name, 1.0)

    j = {"hip": p["hip"]}
    j["mid"] = add(j["hip"], p["lo"], ln("lo", "lo"))
    j["sho"] = add(j["mid"], p["hi"], ln("hi", "hi"))
    j["head"] = add(j["sho"], p["head"], ln("neck", "neck"))
    for s in ("n", "f"):
        j[s + "_knee"] = add(j["hip"], p[s + "_thigh"], ln(s + "_thigh", "thigh"))
        j[s + "_ankle"] = add(j[s + "_knee"], p[s + "_shin"], ln(s + "_shin", "shin"))
        j[s + "_toe"] = add(j[s + "_ankle"], p[s + "_foot"], ln(s + "_foot", "foot"))
        j[s + "_heel"] = add(j[s + "_ankle"], p[s + "_foot"], -7)
        j[s + "_elbow"] = add(j["sho"], p[s + "_ua"], ln(s + "_ua", "ua"))
        j[s + "_wrist"] = add(j[s + "_elbow"], p[s + "_fa"], ln(s + "_fa", "fa"))
        j[s + "_hand"] = add(j[s + "_wrist"], p[s + "_fa"], 6)
    return j


STAND = dict(lo=-90, hi=-90, head=-90, n_thigh=90, n_shin=90, n_foot=0, f_thigh=90,
             f_shin=90, f_foot=0, n_ua=90, n_fa=90, f_ua=90, f_fa=90)


def pose(hip, **kw):
    """A pose: standing right-facing defaults overridden by keyword angles."""
    p = dict(STAND)
    p["hip"] = hip
    p["scale"] = {}
    p.update(kw)
    return p


def angle_of(a, b):
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def _place_limb(p, side, root, mid, end, upper, lower):
    """Set a two-segment limb through explicit joint points; a segment pointing towards the
    viewer is foreshortened by scaling it against its true length."""
    p[side + "_" + upper] = angle_of(root, mid)
    p[side + "_" + lower] = angle_of(mid, end)
    p["scale"][side + "_" + upper] = math.dist(root, mid) / LEN[upper]
    p["scale"][side + "_" + lower] = math.dist(mid, end) / LEN[lower]
    return p


def place_arm(p, side, elbow, wrist):
    return _place_limb(p, side, joints(p)["sho"], elbow, wrist, "ua", "fa")


def place_leg(p, side, knee, ankle):
    return _place_limb(p, side, p["hip"], knee, ankle, "thigh", "shin")


def reach_leg(p, side, ankle, bend):
    """Two-bone IK for a leg with true lengths; bend=+1/-1 chooses the knee side."""
    p[side + "_thigh"], p[side + "_shin"] = ik(p["hip"], ankle, LEN["thigh"], LEN["shin"], bend)
    return p


def reach_arm(p, side, wrist, bend):
    s = joints(p)["sho"]
    p[side + "_ua"], p[side + "_fa"] = ik(s, wrist, LEN["ua"], LEN["fa"], bend)
    return p


def spine_to(p, sho, bend):
    """Bend the spine (two segments) so the shoulder lands on sho."""
    p["lo"], p["hi"] = ik(p["hip"], sho, LEN["lo"], LEN["hi"], bend)
    return p


def interp_pose(a, b, t):
    out = {"hip": (lerp(a["hip"][0], b["hip"][0], t), lerp(a["hip"][1], b["hip"][1], t))}
    for k in POSE_KEYS:
        out[k] = lerp_angle(a[k], b[k], t)
    sa, sb = a.get("scale", {}), b.get("scale", {})
    keys = set(sa) | set(sb)
    if keys:
        out["scale"] = {k: lerp(sa.get(k, 1.0), sb.get(k, 1.0), t) for k in keys}
    return out


def line(p, q, color, width):
    return '<path d="M%s L%s" stroke="%s" stroke-width="%s"/>' % (pt(p), pt(q), color, f(width))


def poly(points, color, width):
    return '<path d="M%s" stroke="%s" stroke-width="%s"/>' % (" L".join(pt(x) for x in points), color, f(width))


def head_svg(c, up_angle, face_sign=1, r=None, skin=SKIN):
    """Profile head: skin circle, hair cap over crown and back, one eye.
    up_angle: direction neck -> crown; face_sign=+1 puts the face on the
    clockwise side of up_angle (a right-facing standing figure)."""
    r = r or LEN["head"]
    s = face_sign
    out = ['<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (f(c[0]), f(c[1]), f(r), skin)]
    start = up_angle + 40 * s          # hairline above the forehead
    sweep = -150 * s                   # over the crown and down the back
    n = 16
    arc = [add(c, start + sweep * i / n, r + 1.5) for i in range(n + 1)]
    # a slightly bulging inner edge so the cap is not a hard chord
    mid_in = add(c, up_angle - 55 * s, r * 0.28)
    out.append('<path d="M%s Q%s %s Z" fill="%s"/>' % (
        " L".join(pt(x) for x in arc), pt(mid_in), pt(arc[0]), HAIR))
    face = up_angle + 90 * s
    eye = add(add(c, face, r * 0.55), up_angle, r * 0.1)
    out.append('<circle cx="%s" cy="%s" r="3.2" fill="%s"/>' % (f(eye[0]), f(eye[1]), EYE))
    return "".join(out)


def figure_svg(p, mirror_x=None, opacity=None, face_sign=1, outline=BG):
    """SVG group of a side-view figure. face_sign=+1: the face is on the side
    obtained by turning the head direction clockwise (canonical right-facing)."""
    j = joints(p)
    parts = []
    # far side: arm, leg
    parts.append(poly([j["sho"], j["f_elbow"], j["f_wrist"]], BODY_FAR, W_ARM))
    parts.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
        f(j["f_hand"][0]), f(j["f_hand"][1]), f(LEN["hand"]), SKIN_FAR))
    parts.append(line(j["f_heel"], j["f_toe"], SHOE_FAR, W_FOOT))
    parts.append(poly([j["f_knee"], j["f_ankle"]], BODY_FAR, W_SHIN))
    parts.append(poly([j["hip"], j["f_knee"]], BODY_FAR, W_THIGH))
    # neck, torso (smooth spine through mid point)
    parts.append(line(j["sho"], add(j["sho"], p["head"], LEN["neck"] * 0.7), SKIN, 17))
    ctrl = (2 * j["mid"][0] - (j["hip"][0] + j["sho"][0]) / 2,
            2 * j["mid"][1] - (j["hip"][1] + j["sho"][1]) / 2)
    parts.append('<path d="M%s Q%s %s" stroke="%s" stroke-width="%s"/>' % (
        pt(j["hip"]), pt(ctrl), pt(j["sho"]), BODY, W_TORSO))
    # near leg (with a thin light outline so it reads over the torso)
    parts.append(poly([add(j["hip"], p["n_thigh"], 24), j["n_knee"],
                       add(j["n_ankle"], p["n_shin"], -14)], outline, W_THIGH + 2 * OUTLINE))
    parts.append(line(j["n_heel"], j["n_toe"], SHOE, W_FOOT))
    parts.append(poly([j["n_knee"], j["n_ankle"]], BODY, W_SHIN))
    parts.append(poly([j["hip"], j["n_knee"]], BODY, W_THIGH))
    # head
    parts.append(head_svg(j["head"], p["head"], face_sign))
    # near arm
    parts.append(poly([add(j["sho"], p["n_ua"], 14), j["n_elbow"], j["n_wrist"]], outline, W_ARM + 2 * OUTLINE))
    parts.append(poly([j["sho"], j["n_elbow"], j["n_wrist"]], BODY, W_ARM))
    parts.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (
        f(j["n_hand"][0]), f(j["n_hand"][1]), f(LEN["hand"]), SKIN))
    attrs = ' fill="none" stroke-linecap="round" stroke-linejoin="round"'
    if mirror_x is not None:
        attrs += ' transform="translate(%s 0) scale(-1 1)"' % f(2 * mirror_x)
    if opacity is not None:
        attrs += ' opacity="%s"' % opacity
    return "<g%s>%s</g>" % (attrs, "".join(parts))


# --- scenery -------------------------------------------------------------------
def background(x0=-400, x1=1200):
    w = x1 - x0
    return ('<rect x="%s" y="-100" width="%s" height="800" fill="%s"/>'
            '<rect x="%s" y="%s" width="%s" height="300" fill="%s"/>'
            '<path d="M%s %s H%s" stroke="%s" stroke-width="4"/>') % (
        f(x0), f(w), BG, f(x0), FLOOR_Y, f(w), FLOOR_FILL, f(x0), FLOOR_Y, f(x1), FLOOR_LINE)


def mat(x1, x2):
    return ('<rect x="%s" y="%s" width="%s" height="%s" rx="7" fill="%s"/>'
            '<path d="M%s %s H%s" stroke="%s" stroke-width="3" stroke-linecap="round"/>') % (
        f(x1), MAT_TOP, f(x2 - x1), FLOOR_Y - MAT_TOP + 2, MAT, f(x1 + 6), MAT_TOP + 1.5, f(x2 - 6), MAT_EDGE)


def ball(cx, r):
    cy = FLOOR_Y - r
    return ('<ellipse cx="%s" cy="%s" rx="%s" ry="6" fill="%s" opacity="0.5"/>'
            '<circle cx="%s" cy="%s" r="%s" fill="%s"/>'
            '<path d="M%s %s A%s %s 0 0 0 %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>'
            '<path d="M%s %s A%s %s 0 0 1 %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" opacity="0.8"/>') % (
        f(cx), FLOOR_Y + 1, f(r * 0.8), FLOOR_LINE,
        f(cx), f(cy), f(r), BALL,
        # shade on the lower right
        f(cx + r * 0.92), f(cy + r * 0.25), f(r * 0.95), f(r * 0.95), f(cx - r * 0.25), f(cy + r * 0.92),
        BALL_SHADE, f(r * 0.12),
        # highlight on the upper left
        f(cx - r * 0.62), f(cy - r * 0.28), f(r * 0.68), f(r * 0.68), f(cx - r * 0.2), f(cy - r * 0.65),
        BALL_LIGHT, f(r * 0.09))


def bosu(cx, rx=88, h=62):
    base_h = 12
    top = FLOOR_Y - base_h
    return ('<rect x="%s" y="%s" width="%s" height="%s" rx="5" fill="%s"/>'
            '<path d="M%s %s A%s %s 0 0 1 %s %s Z" fill="%s"/>'
            '<path d="M%s %s A%s %s 0 0 1 %s %s" fill="none" stroke="%s" stroke-width="7" stroke-linecap="round"/>') % (
        f(cx - rx - 4), f(top), f(2 * rx + 8), base_h, BOSU_BASE,
        f(cx - rx), f(top + 1), f(rx), f(h), f(cx + rx), f(top + 1), BALL,
        f(cx - rx * 0.7), f(top - h * 0.55), f(rx * 0.9), f(h * 0.9), f(cx - rx * 0.2), f(top - h * 0.93), BALL_LIGHT)


def arrow(points, width=8, head=20, double=False, color=ARROW, opacity=None):
    """Arrow along a polyline; three points make a quadratic curve (p0, control, p1)."""
    if len(points) == 3:
        p0, c, p1 = points
        body = "M%s Q%s %s" % (pt(p0), pt(c), pt(p1))
        end_dir = math.degrees(math.atan2(p1[1] - c[1], p1[0] - c[0]))
        start_dir = math.degrees(math.atan2(p0[1] - c[1], p0[0] - c[0]))
    else:
        p0, p1 = points[0], points[-1]
        body = "M" + " L".join(pt(x) for x in points)
        end_dir = math.degrees(math.atan2(p1[1] - points[-2][1], p1[0] - points[-2][0]))
        start_dir = math.degrees(math.atan2(p0[1] - points[1][1], p0[0] - points[1][0]))

    def tip(p, a):
        back = add(p, a, -head)
        l_ = add(back, a + 90, head * 0.6)
        r_ = add(back, a - 90, head * 0.6)
        return '<path d="M%s L%s L%s Z" fill="%s" stroke="%s" stroke-width="3" stroke-linejoin="round"/>' % (
            pt(add(p, a, 2)), pt(l_), pt(r_), color, color)

    # shorten the shaft so it does not poke through the arrow head
    op = ' opacity="%s"' % opacity if opacity is not None else ""
    out = '<g%s><path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>' % (op, body, color, f(width))
    out += tip(p1, end_dir)
    if double:
        out += tip(p0, start_dir)
    return out + "</g>"


def play_button(cx, cy, r=62):
    return ('<circle cx="%s" cy="%s" r="%s" fill="#ffffff" opacity="0.92"/>'
            '<circle cx="%s" cy="%s" r="%s" fill="none" stroke="%s" stroke-width="6"/>'
            '<path d="M%s L%s L%s Z" fill="%s" stroke="%s" stroke-width="8" stroke-linejoin="round"/>') % (
        f(cx), f(cy), f(r), f(cx), f(cy), f(r - 3), BODY,
        pt((cx - r * 0.28, cy - r * 0.42)), pt((cx - r * 0.28, cy + r * 0.42)), pt((cx + r * 0.48, cy)),
        BODY, BODY)


def zoom(body, s, cx=400, cy=FLOOR_Y):
    """Scale a scene about a point on the floor line (the floor stays put)."""
    return '<g transform="translate(%s %s) scale(%s) translate(%s %s)">%s</g>' % (
        f(cx), f(cy), s, f(-cx), f(-cy), body)


def document(title, body, viewbox=(0, 0, 800, 600), width=800, height=600):
    vb = " ".join(f(v) for v in viewbox)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" width="%d" height="%d">\n'
            '<title>%s</title>\n%s\n</svg>\n') % (vb, width, height, title, body)


# --- front-view figure (used where a side view would hide the pose) -------------
FRONT_KEYS = ["head", "neck", "sho_r", "sho_l", "hip_r", "hip_l", "knee_r", "knee_l",
              "ankle_r", "ankle_l", "toe_r", "toe_l", "elbow_r", "elbow_l", "wrist_r", "wrist_l"]


def interp_points(a, b, t):
    return {k: (lerp(a[k][0], b[k][0], t), lerp(a[k][1], b[k][1], t)) for k in a}


def front_head_svg(c, r=None):
    r = r or LEN["head"]
    x, y = c
    return ('<circle cx="%s" cy="%s" r="%s" fill="%s"/>'
            '<path d="M%s %s A%s %s 0 0 1 %s %s Q%s %s %s %s Q%s %s %s %s Z" fill="%s"/>'
            '<circle cx="%s" cy="%s" r="3" fill="%s"/><circle cx="%s" cy="%s" r="3" fill="%s"/>'
            '<path d="M%s %s Q%s %s %s %s" fill="none" stroke="%s" stroke-width="2.5" stroke-linecap="round"/>') % (
        f(x), f(y), f(r), SKIN,
        # hair cap: outer arc over the top, fringe back across the forehead
        f(x - r - 1.5), f(y + 2), f(r + 1.5), f(r + 1.5), f(x + r + 1.5), f(y + 2),
        f(x + r * 0.6), f(y - r * 0.45), f(x + r * 0.05), f(y - r * 0.42),
        f(x - r * 0.55), f(y - r * 0.4), f(x - r - 1.5), f(y + 2), HAIR,
        f(x - r * 0.36), f(y + r * 0.12), EYE, f(x + r * 0.36), f(y + r * 0.12), EYE,
        f(x - r * 0.25), f(y + r * 0.48), f(x), f(y + r * 0.64), f(x + r * 0.25), f(y + r * 0.48), SKIN_LINE)


def front_figure_svg(j, crossed="r", outline=BG):
    """Front view. '_r' is the person's right (the viewer's left).
    crossed: which leg is drawn in front of the other (with an outline)."""
    other = "l" if crossed == "r" else "r"
    parts = []

    def leg(s, col, shoe, out):
        if out:
            start = add(j["hip_" + s], angle_of(j["hip_" + s], j["knee_" + s]), 22)
            parts.append(poly([start, j["knee_" + s], j["ankle_" + s]], outline, W_THIGH + 2 * OUTLINE))
            parts.append(line(j["ankle_" + s], j["toe_" + s], outline, W_FOOT + 2 * OUTLINE))
        parts.append(line(j["ankle_" + s], j["toe_" + s], shoe, W_FOOT + 2))
        parts.append(poly([j["knee_" + s], j["ankle_" + s]], col, W_SHIN))
        parts.append(poly([j["hip_" + s], j["knee_" + s]], col, W_THIGH))

    leg(other, BODY, SHOE, False)
    # torso: rounded quadrilateral shoulders -> hips
    q = [j["sho_r"], j["sho_l"], j["hip_l"], j["hip_r"]]
    parts.append('<path d="M%s Z" fill="%s" stroke="%s" stroke-width="24"/>' % (
        " L".join(pt(x) for x in q), BODY, BODY))
    # pelvis: closes the gap between the tops of the thighs
    hr, hl = j["hip_r"], j["hip_l"]
    crotch = ((hr[0] + hl[0]) / 2, (hr[1] + hl[1]) / 2 + 20)
    parts.append('<path d="M%s L%s L%s Z" fill="%s" stroke="%s" stroke-width="12"/>' % (
        pt((hr[0] - 6, hr[1] - 6)), pt((hl[0] + 6, hl[1] - 6)), pt(crotch), BODY, BODY))
    parts.append(line(j["neck"], j["head"], SKIN, 20))
    leg(crossed, BODY, SHOE, True)
    for s in ("r", "l"):
        parts.append(poly([j["sho_" + s], j["elbow_" + s], j["wrist_" + s]], outline, W_ARM + 2 * OUTLINE))
        parts.append(poly([j["sho_" + s], j["elbow_" + s], j["wrist_" + s]], BODY, W_ARM))
        w = j["wrist_" + s]
        e = j["elbow_" + s]
        hand = add(w, angle_of(e, w), 6)
        parts.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (f(hand[0]), f(hand[1]), f(LEN["hand"]), SKIN))
    parts.append(front_head_svg(j["head"]))
    return '<g fill="none" stroke-linecap="round" stroke-linejoin="round">%s</g>' % "".join(parts)
