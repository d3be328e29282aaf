"""Calendar pages: one for staff (edit data) and one public (linked from the 公开指南)."""
staff_urlpatterns = []
public_urlpatterns = []
