"""The page's style sheet, inline in every page: no font or file from the network."""

CSS = """
body{margin:0;background:#eee;color:#111;font:16px/1.45 "Times New Roman",Times,serif}
main.akn-page{max-width:46em;margin:1.5em auto;background:#fff;padding:2.5em 3.5em;
 box-shadow:0 0 .4em #aaa}
.akn-coverPage{border-bottom:2px solid #000;margin-bottom:1.5em;padding-bottom:.5em;
 font-family:Arial,Helvetica,sans-serif;font-size:.9em;overflow:hidden}
.akn-coverPage p{margin:.15em 0}
.akn-coverPage .akn-docNumber{float:inline-end;font-size:1.4em;font-weight:bold}
.akn-coverPage .akn-docAuthority{font-weight:bold}
.akn-preface{margin:1em 0 1.5em}
.akn-preface .akn-docTitle{font-weight:bold;font-size:1.15em}
.akn-formula{margin:1em 0}
.akn-container p,.akn-p{margin:.5em 0;text-indent:0}
.akn-container>p{text-indent:2.5em}
.akn-hier{margin:.5em 0}
.akn-hier>.akn-num{display:inline-block;min-width:2.5em}
.akn-hier .akn-hier{margin-inline-start:2.5em}
.akn-hier>.akn-content,.akn-hier>.akn-intro,.akn-hier>.akn-wrapUp{display:inline}
.akn-hier>.akn-content>p:first-of-type,.akn-hier>.akn-intro>p:first-of-type{display:inline}
.akn-heading,.akn-crossHeading{font-weight:bold;text-align:center;margin:1em 0 .5em}
.akn-subheading{font-style:italic;text-align:center}
.akn-conclusions{margin-top:2em;font-style:italic;text-align:end}
.akn-attachment{border-top:1px solid #888;margin-top:2em;padding-top:1em}
.akn-blockList{list-style:none;padding-inline-start:2.5em}
table.akn-table{border-collapse:collapse;margin:.8em 0}
.akn-table td,.akn-table th{border:1px solid #999;padding:.2em .4em;vertical-align:top}
.akn-img{border:1px dashed #999;padding:0 .3em;font-size:.8em;color:#555}
.akn-footnotes{border-top:1px solid #000;margin-top:2em;font-size:.85em}
.akn-footnotes ol{list-style:none;padding:0}
.akn-footnotes li{margin:.3em 0}
.akn-note,.akn-note>p:first-child{display:inline}
.akn-footnotes li:target,.akn-noteref:target{background:#ffec99}
a.akn-noteref{text-decoration:none}
a{color:#0645ad}
[dir=rtl] body,[dir=rtl] main{font-family:"Traditional Arabic","Noto Naskh Arabic",serif}
.akn-generic{margin:.3em 0}
.review-bar{font:13px Arial,sans-serif;background:#fffbe6;border:1px solid #e0c200;padding:.5em 1em;
 margin:0 0 1em}
.review-bar h2{font-size:14px;margin:.2em 0}
.akn-tag{display:none;font:11px/1.2 Consolas,monospace;color:#555;background:#eef;
 border:1px solid #ccd;border-radius:3px;padding:0 .3em;margin-inline-end:.3em;unicode-bidi:isolate}
#review-toggle:checked~main .akn-tag{display:inline-block}
#review-toggle:checked~main [data-eid]{outline:1px dotted #bbc}
.akn-finding{display:block;font:12px Arial,sans-serif;border-inline-start:4px solid #c00;
 background:#fee;padding:.2em .5em;margin:.2em 0}
.akn-finding.warning{border-color:#d80;background:#fff4e0}
.review-toggle-label{font:13px Arial,sans-serif;position:sticky;top:0;display:block;
 background:#333;color:#fff;padding:.3em 1em}
"""
