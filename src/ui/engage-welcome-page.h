/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENGAGE_TYPE_WELCOME_PAGE (engage_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (EngageWelcomePage, engage_welcome_page, ENGAGE, WELCOME_PAGE, AdwBin)

GSettings *engage_welcome_page_get_settings (EngageWelcomePage *self);
void       engage_welcome_page_set_settings (EngageWelcomePage *self,
                                             GSettings         *settings);
guint      engage_welcome_page_get_n_recent (EngageWelcomePage *self);

G_END_DECLS
