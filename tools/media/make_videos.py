#!/usr/bin/env python3
"""SVG frames, posters and captions for the demo videos (standard library only).

    python3 make_videos.py frames NAME OUTDIR     # OUTDIR/f000.svg ... f287.svg
    python3 make_videos.py poster NAME OUT.svg    # representative frame
    python3 make_videos.py external OUTDIR        # posters of the two external videos (SVG)
    python3 make_videos.py captions OUTDIR        # NAME.en.vtt / NAME.cs.vtt

NAME is gym-ball-back-thigh-stretch or standing-gluteal-stretch. The animation
interpolates joint angles (side view) or joint positions (front view) between
a few key poses, in the same drawing style as the exercise illustrations.
make-videos.sh renders the frames with rsvg-convert and encodes them with ffmpeg.
"""
import math
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from figure import *  # noqa: E402,F401,F403
import scenes  # noqa: E402

FPS = 24
SECONDS = 12
FRAMES = FPS * SECONDS
W, H = 640, 360


def viewbox(cx, top, height):
    """16:9 crop of the drawing."""
    width = height * 16 / 9
    return (cx - width / 2, top, width, height)


def fade(t, start, end, ramp=0.4):
    if t < start or t > end:
        return 0.0
    return min(1.0, (t - start) / ramp, (end - t) / ramp)


def timeline(keys, t):
    """keys: list of (time, pose). Returns (pose_a, pose_b, eased fraction)."""
    if t <= keys[0][0]:
        return keys[0][1], keys[0][1], 0.0
    for (t0, a), (t1, b) in zip(keys, keys[1:]):
        if t0 <= t <= t1:
            if t1 == t0:
                return b, b, 0.0
            return a, b, ease((t - t0) / (t1 - t0))
    return keys[-1][1], keys[-1][1], 0.0


# ============================================================================
# 1) gym-ball-back-thigh-stretch (side view)
# ============================================================================
BALL_X, BALL_R = 400, 84
BALL_C = (BALL_X, FLOOR_Y - BALL_R)
BALL_RT = BALL_R + W_TORSO / 2          # radius of the spine centre line on the ball


def wrap_angles(theta):
    p = pose((0, 0))
    scenes.ball_wrap(p, BALL_X, BALL_R, theta)
    return p["hip"], p["lo"], p["hi"]


def unwrap(a, ref):
    return a + 360 * round((ref - a) / 360)


def circle_hit(center, radius, anchor, length, current):
    """Angle from anchor (segment of given length) whose end lies on the circle
    (center, radius), nearest to the current angle; None when impossible."""
    dx, dy = center[0] - anchor[0], center[1] - anchor[1]
    dd = math.hypot(dx, dy)
    if dd == 0 or dd > radius + length or dd < abs(radius - length):
        return None
    base = math.degrees(math.atan2(dy, dx))
    cos_a = (length * length + dd * dd - radius * radius) / (2 * length * dd)
    alpha = math.degrees(math.acos(max(-1, min(1, cos_a))))
    cands = [base + alpha, base - alpha]
    return min(cands, key=lambda a: abs(((a - current + 180) % 360) - 180))


def keep_on_ball(p):
    """Push the spine out of the ball: mid spine and shoulders stay on or above it."""
    j = joints(p)
    if math.dist(j["mid"], BALL_C) < BALL_RT - 0.5:
        a = circle_hit(BALL_C, BALL_RT, j["hip"], LEN["lo"], p["lo"])
        if a is not None:
            p["lo"] = unwrap(a, p["lo"])
            j = joints(p)
    if math.dist(j["sho"], BALL_C) < BALL_RT - 0.5:
        a = circle_hit(BALL_C, BALL_RT, j["mid"], LEN["hi"], p["hi"])
        if a is not None:
            p["hi"] = unwrap(a, p["hi"])
    return p


def ball_key(theta, lo=None, hi=None, head=-90, arms=(60, 10, 58, 12), feet=(560, 548),
             foot=(0, 0)):
    hip, wlo, whi = wrap_angles(theta)
    return dict(theta=theta,
                lo=lo if lo is not None else unwrap(wlo, -90),
                hi=hi if hi is not None else unwrap(whi, -90),
                head=head, arms=arms, feet=feet, foot=foot)


def sitting_arms(feet):
    """Arm angles with the hands resting on the thighs near the knees."""
    p = pose(add(BALL_C, -90, BALL_RT), hi=-91)
    out = []
    for side, x in (("n", feet[0]), ("f", feet[1])):
        reach_leg(p, side, (x, scenes.FOOT_ON_FLOOR), -1)
        j = joints(p)
        target = add(add(j["hip"], p[side + "_thigh"], LEN["thigh"] * 0.78), p[side + "_thigh"] - 90, 16)
        reach_arm(p, side, target, -1)
        out += [p[side + "_ua"], p[side + "_fa"]]
    return tuple(out)


SIT_FEET = (540, 530)
SIT = ball_key(-90, lo=-90, hi=-91, head=-91, arms=sitting_arms(SIT_FEET), feet=SIT_FEET)
LIE_HANDS = ball_key(-54, head=-204, arms=(18, -28, 14, -32), feet=(606, 594))
LIE = ball_key(-54, head=-206, arms=(-196, -190, -200, -194), feet=(606, 594))
LONG = ball_key(-36, head=-214, arms=(-210, -200, -214, -204), feet=(676, 668), foot=(-32, -30))

GYM_KEYS = [
    (0.0, SIT), (1.2, SIT),
    (3.5, LIE_HANDS),
    (5.0, LIE), (7.0, LIE),
    (8.8, LONG), (10.6, LONG),
    (11.6, LIE), (12.0, LIE),
]


def gym_pose(t):
    a, b, e = timeline(GYM_KEYS, t)
    theta = lerp(a["theta"], b["theta"], e)
    hip = add(BALL_C, theta, BALL_RT)
    p = pose(hip, lo=lerp(a["lo"], b["lo"], e), hi=lerp(a["hi"], b["hi"], e),
             head=lerp(a["head"], b["head"], e))
    for i, k in enumerate(("n_ua", "n_fa", "f_ua", "f_fa")):
        p[k] = lerp(a["arms"][i], b["arms"][i], e)
    # gentle breathing while lying over the ball
    if b is LIE and a is LIE:
        p["hi"] += 1.5 * math.sin(2 * math.pi * (t - 5.0) / 2.0)
    keep_on_ball(p)
    # feet: shuffle forward with small lifts (near foot slightly ahead of far foot)
    for i, side, (u0, u1) in ((0, "n", (0.0, 0.8)), (1, "f", (0.2, 1.0))):
        x0, x1 = a["feet"][i], b["feet"][i]
        u = max(0.0, min(1.0, (e - u0) / (u1 - u0)))
        lift = 10 * abs(math.sin(2 * math.pi * u)) if abs(x1 - x0) > 1 else 0
        ankle = (lerp(x0, x1, u), scenes.FOOT_ON_FLOOR - lift)
        reach_leg(p, side, ankle, -1)
        p[side + "_foot"] = lerp(a["foot"][i], b["foot"][i], u)
    return p


def gym_frame(t):
    p = gym_pose(t)
    body = background() + ball(BALL_X, BALL_R) + figure_svg(p)
    j = joints(p)
    o = fade(t, 5.0, 7.0)
    if o > 0:   # the back relaxes over the ball
        body += arrow([(j["hip"][0] + 20, 236), (400, 186), (j["sho"][0] - 70, 236)],
                      width=7, head=17, opacity="%.2f" % o)
    o = fade(t, 8.8, 10.6)
    if o > 0:   # long front of the hips and thighs
        side = p["n_thigh"] - 90
        body += arrow([add(j["hip"], side, 44), add(j["n_ankle"], side, 44)],
                      width=7, head=17, opacity="%.2f" % o)
    return document("Gym ball back and thigh stretch, animation frame",
                    body, viewbox=viewbox(420, 70, 450), width=W, height=H)


# ============================================================================
# 2) standing-gluteal-stretch (front view)
# ============================================================================
S = scenes
FRONT_LIFT = dict(S.FRONT_STAND)
FRONT_LIFT.update({
    "head": (401, 74), "neck": (401, 116),
    "sho_r": (367, 140), "sho_l": (435, 140), "hip_r": (382, 250), "hip_l": (420, 250),
    "knee_r": (368, 318), "ankle_r": (360, 420), "toe_r": (356, 430),
    "elbow_r": (344, 222), "wrist_r": (352, 296), "elbow_l": (454, 222), "wrist_l": (452, 292),
})

GLUTE_KEYS = [
    (0.0, S.FRONT_STAND), (1.0, S.FRONT_STAND),
    (2.0, FRONT_LIFT),
    (3.2, S.FRONT_FOUR), (4.0, S.FRONT_FOUR),
    (6.0, S.FRONT_FOUR_SQUAT), (9.0, S.FRONT_FOUR_SQUAT),
    (10.2, S.FRONT_FOUR),
    (11.0, FRONT_LIFT),
    (12.0, S.FRONT_STAND),
]


def glute_points(t):
    a, b, e = timeline(GLUTE_KEYS, t)
    j = interp_points(a, b, e)
    if a is S.FRONT_FOUR_SQUAT and b is S.FRONT_FOUR_SQUAT:
        # calm breathing: the upper body rises and settles a little
        dy = 2.0 * math.sin(2 * math.pi * (t - 6.0) / 3.0)
        for k in ("head", "neck", "sho_r", "sho_l", "elbow_r", "elbow_l"):
            j[k] = (j[k][0], j[k][1] - dy)
    return j


def glute_frame(t):
    j = glute_points(t)
    body = background() + front_figure_svg(j)
    o = fade(t, 4.0, 6.4)
    if o > 0:   # sit back and down
        body += arrow([(530, 236), (530, 316)], width=7, head=17, opacity="%.2f" % o)
    o = fade(t, 6.4, 9.0)
    if o > 0:   # where the stretch is felt (right buttock, viewer's left)
        body += ('<circle cx="352" cy="292" r="30" fill="none" stroke="%s" stroke-width="6" '
                 'stroke-dasharray="10 9" opacity="%.2f"/>') % (ARROW, o)
    return document("Standing gluteal stretch, animation frame",
                    body, viewbox=viewbox(400, 40, 470), width=W, height=H)


# ============================================================================
VIDEOS = {
    "gym-ball-back-thigh-stretch": (gym_frame, 9.7),
    "standing-gluteal-stretch": (glute_frame, 7.6),
}

CAPTIONS = {
    "gym-ball-back-thigh-stretch": [
        (0.0, 1.5, "Sit tall on the ball with your feet flat on the floor.",
         "Posaďte se vzpřímeně na míč, chodidla celou plochou na zemi."),
        (1.5, 3.5, "Walk your feet forward and lie back over the ball.",
         "Malými kroky posuňte chodidla dopředu a položte se zády přes míč."),
        (3.5, 5.0, "Let your arms float up and back over your head.",
         "Volně zvedněte paže a nechte je klesnout za hlavu."),
        (5.0, 7.0, "Relax your back over the ball and breathe out slowly.",
         "Nechte záda volně spočinout na míči a pomalu vydechujte."),
        (7.0, 10.6, "Walk your feet further and straighten your legs to stretch the front of your thighs.",
         "Posuňte chodidla ještě dál a natáhněte nohy – protáhnete přední stranu stehen."),
        (10.6, 12.0, "Bend your knees again and rest.",
         "Znovu pokrčte kolena a odpočiňte si."),
    ],
    "standing-gluteal-stretch": [
        (0.0, 2.0, "Stand tall, then lift your right knee.",
         "Postavte se zpříma a zvedněte pravé koleno."),
        (2.0, 4.0, "Cross your right ankle over your left knee.",
         "Položte pravý kotník přes levé koleno."),
        (4.0, 6.0, "Sit back into a slight squat and keep your back long.",
         "Pomalu se spusťte do mírného podřepu, záda držte rovná."),
        (6.0, 9.0, "Hold and breathe calmly. You should feel the stretch in your right buttock.",
         "Vydržte a klidně dýchejte. Protažení byste měli cítit v pravé hýždi."),
        (9.0, 12.0, "Come up slowly, lower the leg and switch sides.",
         "Pomalu se zvedněte, položte nohu na zem a vyměňte strany."),
    ],
}


def vtt_time(s):
    ms = int(round(s * 1000))
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def write_captions(outdir):
    for name, cues in CAPTIONS.items():
        for lang, idx in (("en", 2), ("cs", 3)):
            lines = ["WEBVTT", ""]
            for n, cue in enumerate(cues, 1):
                lines += [str(n), "%s --> %s" % (vtt_time(cue[0]), vtt_time(cue[1])), cue[idx], ""]
            path = os.path.join(outdir, "%s.%s.vtt" % (name, lang))
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(lines))


# ============================================================================
# posters for the two external (embedded) videos
# ============================================================================
def lunge_poster():
    back_knee = (226, MAT_TOP - 11)
    hip = add(back_knee, 124, -LEN["thigh"])
    p = pose(hip, lo=-84, hi=-80, head=-84, n_shin=180, n_foot=180)
    p["n_thigh"] = 124
    reach_leg(p, "f", (hip[0] + 128, S.FOOT_ON_MAT), -1)
    p["f_foot"] = 0
    p.update(f_ua=-100, f_fa=-104)          # far arm reaching up, behind the head
    j = joints(p)
    reach_arm(p, "n", add(j["f_knee"], 180, 16), 1)
    inner = mat(60, 780) + figure_svg(p)
    inner += arrow([(hip[0] - 120, hip[1] - 30), (hip[0] - 58, hip[1] - 30)], width=7, head=17)
    body = background() + inner + play_button(440, 268, 64)
    return document("Lower back, hip and thigh stretch in a kneeling lunge (video poster)",
                    body, viewbox=viewbox(440, 52, 460), width=W, height=H)


def breathing_poster():
    p = S.supine_bent_knees()
    place_arm(p, "n", (318, 483), (352, 452))
    place_arm(p, "f", (314, 481), (346, 446))
    inner = mat(170, 660) + figure_svg(p)
    inner += arrow([(346, 418), (328, 392), (294, 374)], width=7, head=17)
    inner += arrow([(366, 418), (384, 392), (420, 374)], width=7, head=17)
    body = background() + zoom(inner, 1.3, 420) + play_button(420, 250, 64)
    return document("Diaphragmatic breathing lying on the back, hands on the lower ribs (video poster)",
                    body, viewbox=viewbox(420, 120, 400), width=W, height=H)


EXTERNAL = {
    "lower-back-hip-thigh-stretch": lunge_poster,
    "diaphragmatic-breathing": breathing_poster,
}


def main(argv):
    cmd = argv[1]
    if cmd == "frames":
        frame, _ = VIDEOS[argv[2]]
        os.makedirs(argv[3], exist_ok=True)
        for i in range(FRAMES):
            with open(os.path.join(argv[3], "f%03d.svg" % i), "w", encoding="utf-8") as fh:
                fh.write(frame(i / FPS))
    elif cmd == "poster":
        frame, t = VIDEOS[argv[2]]
        with open(argv[3], "w", encoding="utf-8") as fh:
            fh.write(frame(t))
    elif cmd == "external":
        os.makedirs(argv[2], exist_ok=True)
        for name, fn in EXTERNAL.items():
            with open(os.path.join(argv[2], name + ".svg"), "w", encoding="utf-8") as fh:
                fh.write(fn())
    elif cmd == "captions":
        write_captions(argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
